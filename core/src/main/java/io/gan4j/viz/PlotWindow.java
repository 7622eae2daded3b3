package io.gan4j.viz;

/**
 * The fixed x and y ranges of a 2-D picture. Compute it once from the real data and reuse it for
 * every frame, so an animation does not jump.
 */
public record PlotWindow(double xMin, double xMax, double yMin, double yMax) {
    public PlotWindow {
        requireRange("x", xMin, xMax);
        requireRange("y", yMin, yMax);
    }

    /** The points' bounding box grown by {@code marginFraction} of its size on every side. */
    public static PlotWindow around(Points points, double marginFraction) {
        if (points.size() == 0) throw new IllegalArgumentException("PlotWindow.around: no points");
        double[] x = finiteRange(points.xs(), "x");
        double[] y = finiteRange(points.ys(), "y");
        return new PlotWindow(x[0] - pad(x, marginFraction), x[1] + pad(x, marginFraction),
                y[0] - pad(y, marginFraction), y[1] + pad(y, marginFraction));
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    private static double pad(double[] range, double marginFraction) {
        double span = range[1] - range[0];
        return span > 0 ? span * marginFraction : Math.max(1.0, Math.abs(range[0]) * marginFraction);
    }

    private static double[] finiteRange(float[] values, String axis) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (!Float.isFinite(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) throw new IllegalArgumentException("PlotWindow.around: no finite " + axis + " value");
        return new double[] {lo, hi};
    }

    private static void requireRange(String axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("PlotWindow: " + axis + " range [" + min + ", " + max + "] must be finite with min < max");
        }
    }
}
