package io.gan4j.tensor;

import java.util.SplittableRandom;

/**
 * Standard normal draws by the ziggurat method (Marsaglia and Tsang, 2000), with the independent
 * layer and uniform bits of Doornik's ZIGNOR (2005): 128 layers of equal area under exp(−x²/2),
 * each split into a rectangle wholly under the curve and a sliver. About 99% of draws land in a
 * rectangle and cost one 64-bit random number, a multiply and a compare; the rest need
 * {@link StrictMath#exp} or {@link StrictMath#log}, so every draw is reproducible.
 */
final class Ziggurat {
    private static final int LAYERS = 128;
    /** Where the tail starts, and the area of each layer, for 128 layers. */
    private static final double R = 3.442619855899;
    private static final double AREA = 9.91256303526217e-3;
    /** x[i]: the right edge of layer i's rectangle (x[0] is the base strip's equivalent width). */
    private static final double[] X = new double[LAYERS + 1];
    /** x[i+1] / x[i]: the share of layer i's width that lies under the curve at every height. */
    private static final double[] INSIDE = new double[LAYERS];

    static {
        double f = StrictMath.exp(-0.5 * R * R);
        X[0] = AREA / f;
        X[1] = R;
        X[LAYERS] = 0;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = Math.sqrt(-2 * StrictMath.log(AREA / X[i - 1] + f));
            f = StrictMath.exp(-0.5 * X[i] * X[i]);
        }
        for (int i = 0; i < LAYERS; i++) INSIDE[i] = X[i + 1] / X[i];
    }

    private Ziggurat() {}

    /** One standard normal from the generator's 64-bit words (and, rarely, uniforms in [0, 1)). */
    static double next(SplittableRandom random) {
        while (true) {
            long word = random.nextLong();
            // The top 53 bits give u in (−1, 1), the lowest 7 the layer: disjoint bits, independent draws.
            double u = 2 * ((word >>> 11) * 0x1.0p-53) - 1;
            int i = (int) (word & (LAYERS - 1));
            if (Math.abs(u) < INSIDE[i]) return u * X[i];
            if (i == 0) return tail(random, u < 0);
            double x = u * X[i];
            double f0 = StrictMath.exp(-0.5 * (X[i] * X[i] - x * x));
            double f1 = StrictMath.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
            if (f1 + random.nextDouble() * (f0 - f1) < 1.0) return x;
        }
    }

    /** A draw from the tail beyond R (Marsaglia, 1964). */
    private static double tail(SplittableRandom random, boolean negative) {
        double x, y;
        do {
            x = StrictMath.log(1 - random.nextDouble()) / R;
            y = StrictMath.log(1 - random.nextDouble());
        } while (-2 * y < x * x);
        return negative ? x - R : R - x;
    }
}
