package io.gan4j.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * A one-line legend centred under a chart. Drawn by hand because XChart's horizontal legend uses
 * one padding for both the marker-to-text and the entry-to-entry gap, which reads ambiguously.
 */
final class LegendRow {
    /** Height the row needs below the chart. */
    static final int HEIGHT = 30;
    private static final int SWATCH = 18;
    private static final int SWATCH_GAP = 6;
    private static final int ENTRY_GAP = 26;

    enum Swatch { DOT, RING, LINE }

    record Entry(String label, Color colour, Swatch swatch) {}

    private LegendRow() {}

    static void paint(Graphics2D g0, List<Entry> entries, int centreX, int baselineY) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Palette.font(Font.PLAIN, ChartLook.TICK_SIZE));
        FontMetrics fm = g.getFontMetrics();
        int total = -ENTRY_GAP;
        for (Entry e : entries) total += SWATCH + SWATCH_GAP + fm.stringWidth(e.label()) + ENTRY_GAP;
        int x = centreX - total / 2;
        double midY = baselineY - fm.getAscent() / 2.0 + 1;
        for (Entry e : entries) {
            paintSwatch(g, e, x, midY);
            x += SWATCH + SWATCH_GAP;
            g.setColor(Palette.TEXT);
            g.drawString(e.label(), x, baselineY);
            x += fm.stringWidth(e.label()) + ENTRY_GAP;
        }
        g.dispose();
    }

    private static void paintSwatch(Graphics2D g, Entry e, int x, double midY) {
        g.setColor(e.colour());
        if (e.swatch() == Swatch.LINE) {
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x + 1, midY, x + SWATCH - 1, midY));
        } else if (e.swatch() == Swatch.RING) {
            double d = 8;
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Ellipse2D.Double(x + (SWATCH - d) / 2, midY - d / 2, d, d));
        } else {
            double d = 9;
            g.fill(new Ellipse2D.Double(x + (SWATCH - d) / 2, midY - d / 2, d, d));
        }
    }
}
