package io.gan4j.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/** A filled circle with a thin light edge, so points stay readable on any part of the decision map. */
final class EdgedCircle extends Marker {
    private static final Color EDGE = new Color(255, 255, 255, 190);
    private static final BasicStroke EDGE_STROKE = new BasicStroke(0.9f);

    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        double r = size / 2.0;
        Ellipse2D.Double dot = new Ellipse2D.Double(x - r, y - r, size, size);
        Color fill = g.getColor();
        g.fill(dot);
        g.setColor(EDGE);
        g.setStroke(EDGE_STROKE);
        g.draw(dot);
        g.setColor(fill);
    }
}
