package io.gan4j.train.metrics;

import io.gan4j.tensor.Engine;
import io.gan4j.tensor.Tensor;

/**
 * The energy distance (Székely and Rizzo) between two samples of rows:
 * 2·E‖X − Y‖ − E‖X − X'‖ − E‖Y − Y'‖. Zero exactly when the distributions agree; it is a
 * metric on distributions, so it is usable for any data, in any dimension.
 */
public final class EnergyDistance {
    /** Below this many pairs per thread, one thread is quicker. */
    private static final long MIN_PAIRS_PER_CHUNK = 100_000;

    private EnergyDistance() {}

    public static double between(Tensor a, Tensor b) {
        return 2 * meanDistance(a, b, false) - meanDistance(a, a, true) - meanDistance(b, b, true);
    }

    private static double meanDistance(Tensor a, Tensor b, boolean same) {
        float[] x = a.data(), y = b.data();
        int n = a.dim(0), m = b.dim(0), w = a.size() / Math.max(1, n);
        long pairs = same ? (long) n * (n - 1) / 2 : (long) n * m;
        if (pairs == 0) return 0;
        // Rows are dealt round-robin (row i of X against X' has n − i − 1 partners), each row's sum kept
        // apart and the rows added in order: the same bits on any number of threads.
        double[] rowSums = new double[n];
        int chunks = Engine.tasksFor(pairs, MIN_PAIRS_PER_CHUNK);
        Engine.run(chunks, c -> {
            for (int i = c; i < n; i += chunks) rowSums[i] = rowSum(x, i, y, same ? i + 1 : 0, m, w);
        });
        double total = 0;
        for (double r : rowSums) total += r;
        return total / pairs;
    }

    /** Σ ‖x_i − y_j‖ over j in [from, m). */
    private static double rowSum(float[] x, int i, float[] y, int from, int m, int w) {
        double sum = 0;
        for (int j = from; j < m; j++) {
            double s = 0;
            for (int k = 0; k < w; k++) {
                double d = x[i * w + k] - y[j * w + k];
                s += d * d;
            }
            sum += Math.sqrt(s);
        }
        return sum;
    }
}
