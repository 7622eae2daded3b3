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

class SgdTest {
    // θ0 = (1, −2), lr = 0.1, gradients g1 = (0.5, −1), g2 = (0.1, 0.3), g3 = (−0.2, 0.4).
    private static final float[][] GRADIENTS = {{0.5f, -1f}, {0.1f, 0.3f}, {-0.2f, 0.4f}};

    private static Variable runThreeSteps(Sgd.Settings settings, double[]... expected) {
        Variable x = param(1f, -2f);
        Sgd sgd = new Sgd(Map.of("x", x), settings);
        for (int t = 0; t < 3; t++) {
            stepWithGradient(sgd, x, GRADIENTS[t]);
            assertValues(x, expected[t]);
        }
        return x;
    }

    @Test
    void plainStepIsLrTimesGradient() {
        // θ ← θ − 0.1·g
        runThreeSteps(Sgd.DEFAULTS.withLr(0.1f),
                new double[] {0.95, -1.9},
                new double[] {0.94, -1.93},
                new double[] {0.96, -1.97});
    }

    @Test
    void momentumMatchesTheHandComputation() {
        // b1 = g1 = (0.5, −1)                          θ1 = θ0 − 0.1·b1 = (0.95, −1.9)
        // b2 = 0.9·b1 + g2 = (0.55, −0.6)              θ2 = (0.895, −1.84)
        // b3 = 0.9·b2 + g3 = (0.295, −0.14)            θ3 = (0.8655, −1.826)
        runThreeSteps(Sgd.DEFAULTS.withLr(0.1f).withMomentum(0.9f),
                new double[] {0.95, -1.9},
                new double[] {0.895, -1.84},
                new double[] {0.8655, -1.826});
    }

    @Test
    void nesterovMatchesTheHandComputation() {
        // b as with momentum; d = g + 0.9·b
        // d1 = (0.5 + 0.45, −1 − 0.9) = (0.95, −1.9)              θ1 = (0.905, −1.81)
        // d2 = (0.1 + 0.495, 0.3 − 0.54) = (0.595, −0.24)         θ2 = (0.8455, −1.786)
        // d3 = (−0.2 + 0.2655, 0.4 − 0.126) = (0.0655, 0.274)     θ3 = (0.83895, −1.8134)
        runThreeSteps(Sgd.DEFAULTS.withLr(0.1f).withMomentum(0.9f).withNesterov(true),
                new double[] {0.905, -1.81},
                new double[] {0.8455, -1.786},
                new double[] {0.83895, -1.8134});
    }

    @Test
    void dampeningSparesTheFirstStepAsInPyTorch() {
        // b1 = g1 (not damped) = (0.5, −1)                 θ1 = (0.95, −1.9)
        // b2 = 0.9·b1 + 0.5·g2 = (0.5, −0.75)              θ2 = (0.9, −1.825)
        // b3 = 0.9·b2 + 0.5·g3 = (0.35, −0.475)            θ3 = (0.865, −1.7775)
        runThreeSteps(Sgd.DEFAULTS.withLr(0.1f).withMomentum(0.9f).withDampening(0.5f),
                new double[] {0.95, -1.9},
                new double[] {0.9, -1.825},
                new double[] {0.865, -1.7775});
    }

    @Test
    void weightDecayAddsToTheGradientBeforeMomentum() {
        // g' = g + 0.1·θ; b1 = g1' = (0.5 + 0.1, −1 − 0.2) = (0.6, −1.2)     θ1 = (0.94, −1.88)
        // g2' = (0.1 + 0.094, 0.3 − 0.188) = (0.194, 0.112)
        // b2 = 0.9·b1 + g2' = (0.734, −0.968)                                θ2 = (0.8666, −1.7832)
        // g3' = (−0.2 + 0.08666, 0.4 − 0.17832) = (−0.11334, 0.22168)
        // b3 = 0.9·b2 + g3' = (0.54726, −0.64952)                            θ3 = (0.811874, −1.718248)
        runThreeSteps(Sgd.DEFAULTS.withLr(0.1f).withMomentum(0.9f).withWeightDecay(0.1f),
                new double[] {0.94, -1.88},
                new double[] {0.8666, -1.7832},
                new double[] {0.811874, -1.718248});
    }

    @Test
    void vectorKernelsEqualScalarReferenceBitForBit() {
        Rng rng = new Rng(5);
        for (boolean momentum : new boolean[] {false, true}) {
            for (boolean nesterov : momentum ? new boolean[] {false, true} : new boolean[] {false}) {
                var c = new SgdKernel.Coefficients(0.03f, 0.9f, 0.7f, 0.01f, nesterov);
                for (int n : OptimizerChecks.ODD_LENGTHS) {
                    float[] p = random(rng, n, false), buf = momentum ? random(rng, n, false) : null;
                    float[] p2 = p.clone(), buf2 = momentum ? buf.clone() : null;
                    for (int step = 0; step < 3; step++) {
                        float[] g = random(rng, n, false);
                        SgdKernel.apply(c, p, g, buf);
                        SgdKernel.scalar(c, p2, g, buf2, 0, n);
                    }
                    String variant = "momentum=" + momentum + " nesterov=" + nesterov + " n=" + n;
                    assertThat(bits(p)).as(variant).containsExactly(bits(p2));
                    if (momentum) assertThat(bits(buf)).as(variant).containsExactly(bits(buf2));
                }
            }
        }
    }

    @Test
    void minimisesAQuadratic() {
        OptimizerChecks.assertMinimisesQuadratic(p -> new Sgd(p, Sgd.DEFAULTS.withLr(0.1f)), 100);
    }

    @Test
    void minimisesAQuadraticWithNesterovMomentum() {
        OptimizerChecks.assertMinimisesQuadratic(p -> new Sgd(p, Sgd.DEFAULTS.withLr(0.05f).withMomentum(0.9f).withNesterov(true)), 300);
    }

    @Test
    void resumesExactlyFromExportedState() {
        OptimizerChecks.assertResumeIsExact(p -> new Sgd(p, new Sgd.Settings(0.01f, 0.9f, 0.1f, false, 0.01f)));
        OptimizerChecks.assertResumeIsExact(p -> new Sgd(p, new Sgd.Settings(0.01f, 0.9f, 0f, true, 0f)));
    }

    static Stream<Arguments> badSettings() {
        var d = Sgd.DEFAULTS;
        return Stream.of(
                Arguments.of((Supplier<?>) () -> d.withLr(-1f), "lr", "-1.0"),
                Arguments.of((Supplier<?>) () -> d.withLr(Float.POSITIVE_INFINITY), "lr", "Infinity"),
                Arguments.of((Supplier<?>) () -> d.withMomentum(-0.5f), "momentum", "-0.5"),
                Arguments.of((Supplier<?>) () -> d.withMomentum(1f), "momentum", "1.0"),
                Arguments.of((Supplier<?>) () -> d.withDampening(1.5f), "dampening", "1.5"),
                Arguments.of((Supplier<?>) () -> d.withWeightDecay(-0.01f), "weightDecay", "-0.01"),
                Arguments.of((Supplier<?>) () -> d.withNesterov(true), "nesterov", "momentum 0.0"),
                Arguments.of((Supplier<?>) () -> d.withMomentum(0.9f).withDampening(0.1f).withNesterov(true), "nesterov", "dampening 0.1"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badSettings")
    void rejectsBadHyperparameterNamingIt(Supplier<?> make, String name, String value) {
        assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining(value);
    }
}
