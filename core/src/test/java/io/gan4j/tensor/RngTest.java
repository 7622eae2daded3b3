package io.gan4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Normal draws (ziggurat) have the standard normal's moments, tails and distribution function, and repeat with the seed. */
class RngTest {
    private static final int N = 1_000_000;

    private static double[] draws(long seed) {
        Rng rng = new Rng(seed);
        double[] d = new double[N];
        for (int i = 0; i < N; i++) d[i] = rng.nextGaussian();
        return d;
    }

    @Test
    void momentsAreThoseOfTheStandardNormal() {
        double[] d = draws(1);
        double mean = Arrays.stream(d).average().orElseThrow();
        double var = Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (N - 1);
        double skew = Arrays.stream(d).map(x -> Math.pow(x - mean, 3)).sum() / N;
        double kurt = Arrays.stream(d).map(x -> Math.pow(x - mean, 4)).sum() / N;
        // Standard errors at n = 10⁶: mean 0.001, variance 0.0014, third moment 0.0025, fourth 0.005.
        assertThat(mean).isCloseTo(0, within(0.005));
        assertThat(var).isCloseTo(1, within(0.007));
        assertThat(skew).isCloseTo(0, within(0.0125));
        assertThat(kurt).isCloseTo(3, within(0.05));
    }

    @Test
    void tailsBeyondTheZigguratBaseHaveTheirShare() {
        double[] d = draws(2);
        // P(|Z| > 2) = 0.0455, P(|Z| > 3) = 0.0027, P(|Z| > 3.44262) (the tail method's part) = 0.000576.
        assertThat(share(d, 2)).isCloseTo(0.0455, within(0.001));
        assertThat(share(d, 3)).isCloseTo(0.0027, within(0.0003));
        assertThat(share(d, 3.442619855899)).isCloseTo(0.000576, within(0.00012));
        assertThat(Arrays.stream(d).map(Math::abs).max().orElseThrow()).isBetween(4.0, 7.0);
    }

    @Test
    void distributionFunctionIsTheNormalOne() {
        double[] d = draws(3);
        Arrays.sort(d);
        double ks = 0;
        for (int i = 0; i < N; i++) {
            double cdf = normalCdf(d[i]);
            ks = Math.max(ks, Math.max(Math.abs(cdf - (double) i / N), Math.abs(cdf - (double) (i + 1) / N)));
        }
        // Kolmogorov–Smirnov critical value at 1%: 1.63 / sqrt(n).
        assertThat(ks).isLessThan(1.63 / Math.sqrt(N));
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        assertThat(draws(4)).isEqualTo(draws(4));
        assertThat(draws(4)).isNotEqualTo(draws(5));
    }

    private static double share(double[] d, double beyond) {
        return Arrays.stream(d).filter(x -> Math.abs(x) > beyond).count() / (double) d.length;
    }

    /** Φ(x) from erfc (fractional error below 1.2e-7, far below the test's 0.0016). */
    private static double normalCdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
    }
}
