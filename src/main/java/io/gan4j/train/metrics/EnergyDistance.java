package io.gan4j.train.metrics;

import io.gan4j.tensor.Tensor;

/**
 * The energy distance (Székely and Rizzo) between two samples of rows:
 * 2·E‖X − Y‖ − E‖X − X'‖ − E‖Y − Y'‖. Zero exactly when the distributions agree; it is a
 * metric on distributions, so it is usable for any data, in any dimension.
 */
public final class EnergyDistance {
    private EnergyDistance() {}

    public static double between(Tensor a, Tensor b) {
        return 2 * meanDistance(a, b, false) - meanDistance(a, a, true) - meanDistance(b, b, true);
    }

    private static double meanDistance(Tensor a, Tensor b, boolean same) {
        float[] x = a.data(), y = b.data();
        int n = a.dim(0), m = b.dim(0), w = a.size() / Math.max(1, n);
        double total = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = same ? i + 1 : 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < w; k++) {
                    double d = x[i * w + k] - y[j * w + k];
                    s += d * d;
                }
                total += Math.sqrt(s);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : total / pairs;
    }
}
