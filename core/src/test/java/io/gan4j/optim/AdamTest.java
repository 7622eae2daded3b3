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

class AdamTest {
    private static final float[][] GRADIENTS = {{0.5f, -1f}, {0.1f, 0.3f}, {-0.2f, 0.4f}};

    /**
     * Adam by hand, in double, for a 2-element parameter:
     * g' = g + wd·θ; m = β1·m + (1−β1)·g'; v = β2·v + (1−β2)·g'²;
     * m̂ = m / (1−β1ᵗ); v̂ = v / (1−β2ᵗ); θ = θ − lr·m̂ / (sqrt(v̂) + eps).
     * Returns θ after each step.
     */
    private static double[][] byHand(double lr, double wd) {
        double b1 = 0.9, b2 = 0.999, eps = 1e-8;
        double[] theta = {1, -2}, m = new double[2], v = new double[2];
        double[][] out = new double[GRADIENTS.length][];
        for (int t = 1; t <= GRADIENTS.length; t++) {
            for (int i = 0; i < 2; i++) {
                double g = GRADIENTS[t - 1][i] + wd * theta[i];
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                theta[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
            out[t - 1] = theta.clone();
        }
        return out;
    }

    private static void assertFollowsHandComputation(float weightDecay) {
        Variable x = param(1f, -2f);
        Adam adam = new Adam(Map.of("x", x), new Adam.Settings(0.1f, 0.9f, 0.999f, 1e-8f, weightDecay));
        double[][] expected = byHand(0.1, weightDecay);
        for (int t = 0; t < GRADIENTS.length; t++) {
            stepWithGradient(adam, x, GRADIENTS[t]);
            assertValues(x, expected[t]);
        }
    }

    @Test
    void firstStepMovesEachCoordinateByLrAgainstTheGradientSign() {
        // t = 1: m̂ = g and v̂ = g², so the step is lr·g / (|g| + eps) ≈ lr·sign(g).
        Variable x = param(1f, -2f);
        Adam adam = new Adam(Map.of("x", x), Adam.DEFAULTS.withLr(0.1f));
        stepWithGradient(adam, x, 0.5f, -1f);
        assertValues(x, 0.9, -1.9);
    }

    @Test
    void firstThreeStepsMatchTheHandComputation() {
        assertFollowsHandComputation(0f);
    }

    @Test
    void firstThreeStepsWithWeightDecayMatchTheHandComputation() {
        assertFollowsHandComputation(0.1f);
    }

    @Test
    void vectorKernelEqualsScalarReferenceBitForBit() {
        var c = new AdamKernel.Coefficients(0.9f, 0.999f, 0.01f, 1e-8f, 0.0513f, 22.37f);
        Rng rng = new Rng(11);
        // 20,011 elements: split over the engine's threads at chunk edges that are not vector-aligned.
        for (int n : java.util.stream.IntStream.concat(java.util.Arrays.stream(OptimizerChecks.ODD_LENGTHS),
                java.util.stream.IntStream.of(20_011)).toArray()) {
            float[] p = random(rng, n, false), m = random(rng, n, false), v = random(rng, n, true);
            float[] p2 = p.clone(), m2 = m.clone(), v2 = v.clone();
            for (int step = 0; step < 3; step++) {
                float[] g = random(rng, n, false);
                AdamKernel.apply(c, p, g, m, v);
                AdamKernel.scalar(c, p2, g, m2, v2, 0, n);
            }
            assertThat(bits(p)).as("θ, n=%d", n).containsExactly(bits(p2));
            assertThat(bits(m)).as("m, n=%d", n).containsExactly(bits(m2));
            assertThat(bits(v)).as("v, n=%d", n).containsExactly(bits(v2));
        }
    }

    @Test
    void minimisesAQuadratic() {
        OptimizerChecks.assertMinimisesQuadratic(p -> new Adam(p, Adam.DEFAULTS.withLr(0.05f)), 2000);
    }

    @Test
    void resumesExactlyFromExportedState() {
        OptimizerChecks.assertResumeIsExact(p -> new Adam(p, new Adam.Settings(0.01f, 0.5f, 0.99f, 1e-8f, 0.01f)));
    }

    static Stream<Arguments> badSettings() {
        var d = Adam.DEFAULTS;
        return Stream.of(
                bad(() -> d.withLr(-0.1f), "lr", "-0.1"),
                bad(() -> d.withLr(0f), "lr", "0.0"),
                bad(() -> d.withLr(Float.NaN), "lr", "NaN"),
                bad(() -> d.withBetas(1f, 0.999f), "beta1", "1.0"),
                bad(() -> d.withBetas(-0.1f, 0.999f), "beta1", "-0.1"),
                bad(() -> d.withBetas(0.9f, 1.5f), "beta2", "1.5"),
                bad(() -> new Adam.Settings(1e-3f, 0.9f, 0.999f, 0f, 0f), "eps", "0.0"),
                bad(() -> new Adam.Settings(1e-3f, 0.9f, 0.999f, 1e-8f, -1f), "weightDecay", "-1.0"));
    }

    static Arguments bad(Supplier<?> make, String name, String value) {
        return Arguments.of(make, name, value);
    }

    @ParameterizedTest(name = "{1} = {2}")
    @MethodSource("badSettings")
    void rejectsBadHyperparameterNamingIt(Supplier<?> make, String name, String value) {
        assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining(value);
    }
}
