package io.gan4j.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.knowm.xchart.style.markers.Marker;

/**
 * A filled circle with a thin light edge, so points stay readable on any part of the decision map.
 *
 * <p>Each colour and size is drawn once, antialiased, into a small image that is then copied for every
 * point: drawing two thousand antialiased shapes per frame took a fifth of a quadratic run's main thread.
 */
final class EdgedCircle extends Marker {
    private static final Color EDGE = new Color(255, 255, 255, 190);
    private static final BasicStroke EDGE_STROKE = new BasicStroke(0.9f);
    /** Room around the circle for the antialiased edge. */
    private static final int PAD = 2;
    private static final Map<Long, BufferedImage> SPRITES = new ConcurrentHashMap<>();

    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        BufferedImage sprite = SPRITES.computeIfAbsent(((long) g.getColor().getRGB() << 16) | size,
                key -> sprite(g.getColor(), size));
        int corner = (int) Math.round(x - size / 2.0) - PAD;
        g.drawImage(sprite, corner, (int) Math.round(y - size / 2.0) - PAD, null);
    }

    private static BufferedImage sprite(Color fill, int size) {
        int side = size + 2 * PAD;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Ellipse2D.Double dot = new Ellipse2D.Double(PAD, PAD, size, size);
            g.setColor(fill);
            g.fill(dot);
            g.setColor(EDGE);
            g.setStroke(EDGE_STROKE);
            g.draw(dot);
        } finally {
            g.dispose();
        }
        return image;
    }
}
