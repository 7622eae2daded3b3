package io.gan4j.viz;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/** A hollow circle: a generated point the discriminator caught, in its class's colour, beside the filled ones that fooled it. */
final class Ring extends Marker {
    private static final BasicStroke STROKE = new BasicStroke(1.3f);

    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        Object hint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(STROKE);
        double d = size - 1;
        g.draw(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, hint);
    }
}
