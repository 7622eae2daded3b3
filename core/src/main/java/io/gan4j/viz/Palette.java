package io.gan4j.viz;

import java.awt.Color;
import java.awt.Font;

/**
 * The colours and fonts every gan4j picture shares. Point and line colours come from the
 * Okabe-Ito set, chosen to stay distinct under the common colour-vision deficiencies; the
 * discriminator map is ColorBrewer's purple-green diverging scheme, also colour-blind safe.
 */
final class Palette {
    private Palette() {}

    static final Color REAL = new Color(0x009E73);
    static final Color FOOLED = new Color(0xD55E00);
    static final Color CAUGHT = new Color(0x0072B2);
    static final Color[] SERIES = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
    };

    static final Color TEXT = new Color(0x222222);
    static final Color GRID = new Color(0, 0, 0, 28);
    static final Color BORDER = new Color(0x888888);
    static final Color MISSING = new Color(0xBBBBBB);

    private static final Color D_FAKE = new Color(0x762A83);
    private static final Color D_EVEN = new Color(0xF7F7F7);
    private static final Color D_REAL = new Color(0x1B7837);

    static final String FONT_FAMILY = Font.SANS_SERIF;

    static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    /** Colour of a discriminator output: purple where D calls a point fake, green where it calls it real. */
    static int decisionRgb(float d) {
        if (!Float.isFinite(d)) return MISSING.getRGB();
        float t = Math.clamp(d, 0f, 1f);
        return t < 0.5f ? mix(D_FAKE, D_EVEN, t * 2f) : mix(D_EVEN, D_REAL, (t - 0.5f) * 2f);
    }

    static Color seriesColor(int i) {
        return SERIES[i % SERIES.length];
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static int mix(Color a, Color b, float t) {
        int r = Math.round(a.getRed() + (b.getRed() - a.getRed()) * t);
        int g = Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t);
        int bl = Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }
}
