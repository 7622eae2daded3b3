package io.gan4j.viz;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.knowm.xchart.XYChart;

/** Paints a {@link DecisionMap} into an XChart plot area, and its colour bar. */
final class DecisionMapPainter {
    private DecisionMapPainter() {}

    static void paintMap(Graphics2D g, DecisionMap map, XYChart chart, Rectangle plot, float opacity) {
        PlotWindow e = map.extent();
        double x0 = chart.getScreenXFromChart(e.xMin()), x1 = chart.getScreenXFromChart(e.xMax());
        double y0 = chart.getScreenYFromChart(e.yMax()), y1 = chart.getScreenYFromChart(e.yMin());
        Rectangle area = plot.intersection(new Rectangle((int) Math.floor(x0), (int) Math.floor(y0),
                (int) Math.ceil(x1 - x0) + 1, (int) Math.ceil(y1 - y0) + 1));
        if (area.isEmpty()) return;
        BufferedImage pixels = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_RGB);
        // Interpolate D itself, not colours, so the D = 0.5 boundary comes out as a smooth white line.
        for (int py = 0; py < area.height; py++) {
            double v = (y1 - (area.y + py + 0.5)) / (y1 - y0) * map.ny() - 0.5;
            for (int px = 0; px < area.width; px++) {
                double u = (area.x + px + 0.5 - x0) / (x1 - x0) * map.nx() - 0.5;
                pixels.setRGB(px, py, Palette.decisionRgb(bilinear(map, u, v)));
            }
        }
        Graphics2D mg = (Graphics2D) g.create();
        mg.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity));
        mg.drawImage(pixels, area.x, area.y, null);
        mg.dispose();
    }

    /** D at fractional cell coordinates (u, v), cell centres at integers, clamped at the edges. */
    private static float bilinear(DecisionMap map, double u, double v) {
        u = Math.clamp(u, 0, map.nx() - 1);
        v = Math.clamp(v, 0, map.ny() - 1);
        int i = (int) u, j = (int) v;
        int i1 = Math.min(i + 1, map.nx() - 1), j1 = Math.min(j + 1, map.ny() - 1);
        double fu = u - i, fv = v - j;
        double bottom = map.at(i, j) * (1 - fu) + map.at(i1, j) * fu;
        double top = map.at(i, j1) * (1 - fu) + map.at(i1, j1) * fu;
        return (float) (bottom * (1 - fv) + top * fv);
    }

    static void paintColourBar(Graphics2D g, Rectangle bar, DecisionMap.Scale scale, float opacity) {
        Graphics2D bg = (Graphics2D) g.create();
        for (int row = 0; row < bar.height; row++) {
            float d = 1f - (row + 0.5f) / bar.height;
            bg.setColor(overWhite(Palette.decisionRgb(d), opacity));
            bg.fillRect(bar.x, bar.y + row, bar.width, 1);
        }
        bg.setColor(Palette.BORDER);
        bg.drawRect(bar.x, bar.y, bar.width, bar.height);
        bg.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        bg.setColor(Palette.TEXT);
        bg.setFont(Palette.font(Font.PLAIN, ChartLook.TICK_SIZE));
        FontMetrics fm = bg.getFontMetrics();
        int textX = bar.x + bar.width + 5, half = fm.getAscent() / 2 - 1;
        bg.drawString(scale.high(), textX, bar.y + half);
        bg.drawString(scale.middle(), textX, bar.y + bar.height / 2 + half);
        bg.drawString(scale.low(), textX, bar.y + bar.height + half);
        bg.setFont(Palette.font(Font.PLAIN, ChartLook.LABEL_SIZE));
        bg.drawString(scale.title(), bar.x - 2, bar.y - 10);
        bg.dispose();
    }

    private static Color overWhite(int rgb, float opacity) {
        int r = blend(rgb >> 16 & 0xFF, opacity), gr = blend(rgb >> 8 & 0xFF, opacity), b = blend(rgb & 0xFF, opacity);
        return new Color(r, gr, b);
    }

    private static int blend(int channel, float opacity) {
        return Math.round(channel * opacity + 255 * (1 - opacity));
    }
}
