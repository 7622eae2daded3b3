package io.gan4j.train.metrics;

import io.gan4j.tensor.Tensor;
import java.util.function.DoubleUnaryOperator;

/**
 * How well generated points (x, y) follow a target y = f(x): the mean residual |y − f(x)| as a
 * share of the real y-range, and x-coverage, the share of {@value #BINS} equal bins over the
 * real x-range that generated points reach.
 */
public record FunctionFit(double residualShare, double xCoverage, double meanResidual, double yRange) {
    public static final int BINS = 50;

    public static FunctionFit of(DoubleUnaryOperator f, double xMin, double xMax, Tensor real, Tensor generated) {
        double yRange = range(real, 1);
        float[] g = generated.data();
        int n = generated.dim(0), w = generated.dim(1);
        double residual = 0;
        boolean[] reached = new boolean[BINS];
        for (int i = 0; i < n; i++) {
            double x = g[i * w], y = g[i * w + 1];
            residual += Math.abs(y - f.applyAsDouble(x));
            int bin = (int) Math.floor((x - xMin) / (xMax - xMin) * BINS);
            if (x >= xMin && x <= xMax) reached[Math.min(bin, BINS - 1)] = true;
        }
        int covered = 0;
        for (boolean r : reached) if (r) covered++;
        double mean = residual / n;
        return new FunctionFit(mean / yRange, (double) covered / BINS, mean, yRange);
    }

    private static double range(Tensor t, int column) {
        float[] d = t.data();
        int w = t.dim(1);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = column; i < d.length; i += w) {
            lo = Math.min(lo, d[i]);
            hi = Math.max(hi, d[i]);
        }
        return hi - lo;
    }
}
