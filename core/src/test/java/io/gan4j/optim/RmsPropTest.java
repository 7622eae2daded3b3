package io.gan4j.optim;

import static io.gan4j.optim.OptimizerChecks.assertValues;
import static io.gan4j.optim.OptimizerChecks.bits;
import static io.gan4j.optim.OptimizerChecks.param;
import static io.gan4j.optim.OptimizerChecks.random;
import static io.gan4j.optim.OptimizerChecks.stepWithGradient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RmsPropTest {
    private static final float[][] GRADIENTS = {{0.5f, -1f}, {0.1f, 0.3f}, {-0.2f, 0.4f}};

    /**
     * RMSprop by hand, in double, from θ = (1, −2) with α = 0.99, eps = 1e−8:
     * g' = g + wd·θ; s = α·s + (1−α)·g'²; a = α·a + (1−α)·g' (centered);
     * r = sqrt(s − a²) + eps if centered, else sqrt(s) + eps;
     * b = μ·b + g'/r and θ = θ − lr·b with momentum μ, else θ = θ − lr·g'/r.
     * Returns θ after each step.
     */
    private static double[][] byHand(double lr, double wd, double mu, boolean centered) {
        double alpha = 0.99, eps = 1e-8;
        double[] theta = {1, -2}, s = new double[2], a = new double[2], b = new double[2];
        double[][] out = new double[GRADIENTS.length][];
        for (int t = 0; t < GRADIENTS.length; t++) {
            for (int i = 0; i < 2; i++) {
                double g = GRADIENTS[t][i] + wd * theta[i];
                s[i] = alpha * s[i] + (1 - alpha) * g * g;
                a[i] = alpha * a[i] + (1 - alpha) * g;
                double r = Math.sqrt(centered ? s[i] - a[i] * a[i] : s[i]) + eps;
                b[i] = mu * b[i] + g / r;
                theta[i] -= lr * (mu > 0 ? b[i] : g / r);
            }
            out[t] = theta.clone();
        }
        return out;
    }

    private static void assertFollowsHandComputation(RmsProp.Settings s) {
        Variable x = param(1f, -2f);
        RmsProp opt = new RmsProp(Map.of("x", x), s);
        double[][] expected = byHand(s.lr(), s.weightDecay(), s.momentum(), s.centered());
        for (int t = 0; t < GRADIENTS.length; t++) {
            stepWithGradient(opt, x, GRADIENTS[t]);
            assertValues(x, expected[t]);
        }
    }

    @Test
    void firstStepIsTenLearningRatesAgainstTheGradientSign() {
        // s = 0.01·g², so g / sqrt(s) = 10·sign(g) and θ1 = θ0 − 0.01·10·sign(g).
        Variable x = param(1f, -2f);
        RmsProp opt = new RmsProp(Map.of("x", x), RmsProp.DEFAULTS);
        stepWithGradient(opt, x, 0.5f, -1f);
        assertValues(x, 0.9, -1.9);
    }

    @Test
    void firstCenteredStepDividesBySqrtOfTheVariance() {
        // s − a² = 0.01·g² − 0.0001·g² = 0.0099·g², so the step is 0.01·sign(g) / sqrt(0.0099).
        Variable x = param(1f, -2f);
        RmsProp opt = new RmsProp(Map.of("x", x), RmsProp.DEFAULTS.withCentered(true));
        stepWithGradient(opt, x, 0.5f, -1f);
        double step = 0.01 / Math.sqrt(0.0099);
        assertValues(x, 1 - step, -2 + step);
    }

    @Test
    void threeStepsMatchTheHandComputation() {
        assertFollowsHandComputation(RmsProp.DEFAULTS);
    }

    @Test
    void threeStepsWithMomentumAndWeightDecayMatchTheHandComputation() {
        assertFollowsHandComputation(RmsProp.DEFAULTS.withMomentum(0.9f).withWeightDecay(0.1f));
    }

    @Test
    void threeCenteredStepsMatchTheHandComputation() {
        assertFollowsHandComputation(RmsProp.DEFAULTS.withCentered(true));
        assertFollowsHandComputation(RmsProp.DEFAULTS.withCentered(true).withMomentum(0.5f));
    }

    @Test
    void vectorKernelsEqualScalarReferenceBitForBit() {
        var c = new RmsPropKernel.Coefficients(0.01f, 0.9f, 1e-7f, 0.01f, 0.8f);
        Rng rng = new Rng(3);
        for (boolean centered : new boolean[] {false, true}) {
            for (boolean momentum : new boolean[] {false, true}) {
                for (int n : OptimizerChecks.ODD_LENGTHS) {
                    float[] p = random(rng, n, false), sq = random(rng, n, true);
                    float[] avg = centered ? random(rng, n, false) : null, buf = momentum ? random(rng, n, false) : null;
                    float[] p2 = p.clone(), sq2 = sq.clone();
                    float[] avg2 = centered ? avg.clone() : null, buf2 = momentum ? buf.clone() : null;
                    for (int step = 0; step < 3; step++) {
                        float[] g = random(rng, n, false);
                        RmsPropKernel.apply(c, p, g, sq, avg, buf);
                        RmsPropKernel.scalar(c, p2, g, sq2, avg2, buf2, 0, n);
                    }
                    String variant = "centered=" + centered + " momentum=" + momentum + " n=" + n;
                    assertThat(bits(p)).as(variant).containsExactly(bits(p2));
                    assertThat(bits(sq)).as(variant).containsExactly(bits(sq2));
                    if (centered) assertThat(bits(avg)).as(variant).containsExactly(bits(avg2));
                    if (momentum) assertThat(bits(buf)).as(variant).containsExactly(bits(buf2));
                }
            }
        }
    }

    @Test
    void minimisesAQuadratic() {
        OptimizerChecks.assertMinimisesQuadratic(p -> new RmsProp(p, RmsProp.DEFAULTS), 3000);
    }

    @Test
    void minimisesAQuadraticCenteredWithMomentum() {
        OptimizerChecks.assertMinimisesQuadratic(
                p -> new RmsProp(p, RmsProp.DEFAULTS.withLr(0.005f).withCentered(true).withMomentum(0.5f)), 3000);
    }

    @Test
    void resumesExactlyFromExportedState() {
        OptimizerChecks.assertResumeIsExact(p -> new RmsProp(p, RmsProp.DEFAULTS.withWeightDecay(0.01f)));
        OptimizerChecks.assertResumeIsExact(p -> new RmsProp(p, RmsProp.DEFAULTS.withCentered(true).withMomentum(0.9f)));
    }

    static Stream<Arguments> badSettings() {
        var d = RmsProp.DEFAULTS;
        return Stream.of(
                Arguments.of((Supplier<?>) () -> d.withLr(-0.01f), "lr", "-0.01"),
                Arguments.of((Supplier<?>) () -> d.withAlpha(1f), "alpha", "1.0"),
                Arguments.of((Supplier<?>) () -> d.withAlpha(-0.9f), "alpha", "-0.9"),
                Arguments.of((Supplier<?>) () -> d.withEps(0f), "eps", "0.0"),
                Arguments.of((Supplier<?>) () -> d.withEps(Float.NaN), "eps", "NaN"),
                Arguments.of((Supplier<?>) () -> d.withWeightDecay(-1f), "weightDecay", "-1.0"),
                Arguments.of((Supplier<?>) () -> d.withMomentum(1.2f), "momentum", "1.2"));
    }

    @ParameterizedTest(name = "{1} = {2}")
    @MethodSource("badSettings")
    void rejectsBadHyperparameterNamingIt(Supplier<?> make, String name, String value) {
        assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining(value);
    }
}
