package io.gan4j.viz;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/** A filled circle of its own size: XChart otherwise uses one marker size for the whole chart. */
final class SizedCircle extends Marker {
    private final double diameter;

    SizedCircle(double diameter) {
        this.diameter = diameter;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int ignoredChartSize) {
        g.fill(new Ellipse2D.Double(x - diameter / 2, y - diameter / 2, diameter, diameter));
    }
}
