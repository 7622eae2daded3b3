package io.gan4j.viz;

/**
 * Size and drawing choices for {@link LossPlot}; {@link #DEFAULT} holds every default.
 *
 * @param width picture width in pixels
 * @param height picture height in pixels
 * @param title chart title
 * @param smoothingWindow moving-average length in points: 1 draws the raw curve as a plain line,
 *     {@link #AUTO_SMOOTHING} picks about a fiftieth of the longest series
 * @param maxDrawnPoints per series, longer histories are thinned to about this many points for drawing
 * @param robustRange when true the y range ignores the most extreme 1% of raw values at each end
 *     (the smoothed lines always fit), so a few early spikes do not flatten the curves
 */
public record LossPlotStyle(int width, int height, String title, int smoothingWindow, int maxDrawnPoints, boolean robustRange) {
    public static final int AUTO_SMOOTHING = 0;
    public static final LossPlotStyle DEFAULT = new LossPlotStyle(720, 440, "Training losses", AUTO_SMOOTHING, 1500, true);

    public LossPlotStyle {
        if (width < 200 || height < 150) throw new IllegalArgumentException("LossPlotStyle: " + width + "x" + height + " is too small (min 200x150)");
        if (smoothingWindow < 0) throw new IllegalArgumentException("LossPlotStyle: smoothingWindow " + smoothingWindow + " must be >= 0");
        if (maxDrawnPoints < 10) throw new IllegalArgumentException("LossPlotStyle: maxDrawnPoints " + maxDrawnPoints + " must be >= 10");
        title = title == null ? "" : title;
    }

    public LossPlotStyle withTitle(String newTitle) {
        return new LossPlotStyle(width, height, newTitle, smoothingWindow, maxDrawnPoints, robustRange);
    }

    public LossPlotStyle withSmoothing(int window) {
        return new LossPlotStyle(width, height, title, window, maxDrawnPoints, robustRange);
    }
}
