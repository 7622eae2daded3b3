package io.gan4j.loss;

import static io.gan4j.autograd.GradCheck.firstAndSecond;
import static io.gan4j.autograd.GradCheck.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.GradCheck;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every GAN objective: its losses' gradients (first and second order) and values in closed form. */
class ObjectivesTest {
    private static final Bce BCE = new Bce(true, 1f);
    private static final Bce SMOOTHED = new Bce(true, 0.9f);
    private static final Bce MINIMAX = new Bce(false, 1f);
    private static final LeastSquares LS = new LeastSquares(1f, -1f, 1f);
    private static final Wasserstein W = new Wasserstein();
    private static final Hinge HINGE = new Hinge();

    static Stream<GradCheck.Case> cases() {
        Tensor real = uniform(1, -2, 2, 6, 1), fake = uniform(2, -2, 2, 6, 1);
        return Stream.of(
                firstAndSecond("bce D", x -> BCE.discriminatorLoss(x[0], x[1]), real, fake),
                firstAndSecond("bce G", x -> BCE.generatorLoss(x[0]), fake),
                firstAndSecond("bce smoothed D", x -> SMOOTHED.discriminatorLoss(x[0], x[1]), real, fake),
                firstAndSecond("minimax G", x -> MINIMAX.generatorLoss(x[0]), fake),
                firstAndSecond("least squares D", x -> LS.discriminatorLoss(x[0], x[1]), real, fake),
                firstAndSecond("least squares G", x -> LS.generatorLoss(x[0]), fake),
                firstAndSecond("wasserstein D", x -> W.discriminatorLoss(x[0], x[1]), real, fake),
                firstAndSecond("wasserstein G", x -> W.generatorLoss(x[0]), fake),
                firstAndSecond("hinge D", x -> HINGE.discriminatorLoss(x[0], x[1]), GradCheck.awayFromZero(3, 6, 1).reshape(6, 1),
                        uniform(4, 0.2f, 0.8f, 6, 1)),
                firstAndSecond("hinge G", x -> HINGE.generatorLoss(x[0]), fake),
                firstAndSecond("softmax cross-entropy", x -> CrossEntropy.of(x[0], new int[] {2, 0, 1, 2}), uniform(9, -2f, 2f, 4, 3)),
                // The penalty of a tanh critic: its gradient wrt the critic's weight needs second derivatives.
                firstAndSecond("gradient penalty", x -> new GradientPenalty(1f).of(v -> v.matmul(x[0]).tanh(),
                        Variable.constant(uniform(5, -1, 1, 4, 2)), Variable.constant(uniform(6, -1, 1, 4, 2)), new Rng(7)),
                        uniform(8, -1.5f, 1.5f, 2, 1)));
    }

    @Test
    void crossEntropyIsLogTwoForTwoEqualLogitsAndNearZeroForAConfidentRightAnswer() {
        assertThat(CrossEntropy.of(Variable.constant(Tensor.of(new float[] {3f, 3f}, 1, 2)), new int[] {1}).item())
                .isCloseTo((float) Math.log(2), within(1e-6f));
        assertThat(CrossEntropy.of(Variable.constant(Tensor.of(new float[] {90f, 0f}, 1, 2)), new int[] {0}).item()).isCloseTo(0f, within(1e-6f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchCentralDifferences(GradCheck.Case c) {
        GradCheck.check(c);
    }

    private static Variable column(float... v) {
        return Variable.constant(Tensor.of(v, v.length, 1));
    }

    @Test
    void bceAtLogitZeroIsLogTwoPerSide() {
        Variable zero = column(0f, 0f);
        assertThat(BCE.discriminatorLoss(zero, zero).item()).isCloseTo((float) (2 * Math.log(2)), within(1e-6f));
        assertThat(BCE.generatorLoss(zero).item()).isCloseTo((float) Math.log(2), within(1e-6f));
        assertThat(MINIMAX.generatorLoss(zero).item()).isCloseTo((float) -Math.log(2), within(1e-6f));
    }

    @Test
    void labelSmoothingMixesBothTargetsForRealExamples() {
        // Real logit 2 with label 0.9: 0.9·softplus(−2) + 0.1·softplus(2); fake logit −1: softplus(−1).
        double expected = 0.9 * Math.log1p(Math.exp(-2)) + 0.1 * Math.log1p(Math.exp(2)) + Math.log1p(Math.exp(-1));
        assertThat(SMOOTHED.discriminatorLoss(column(2f), column(-1f)).item()).isCloseTo((float) expected, within(1e-6f));
    }

    @Test
    void bceStaysFiniteForHugeLogits() {
        assertThat(BCE.discriminatorLoss(column(-200f), column(200f)).item()).isCloseTo(400f, within(1e-3f));
        assertThat(BCE.generatorLoss(column(-200f)).item()).isCloseTo(200f, within(1e-3f));
    }

    @Test
    void leastSquaresAndCriticValues() {
        // Simple_GAN targets: 0.5·((D(r) − 1)² + (D(f) + 1)²); G: 0.5·(D(f) − 1)².
        assertThat(LS.discriminatorLoss(column(0f), column(1f)).item()).isEqualTo(0.5f * (1f + 4f));
        assertThat(LS.generatorLoss(column(0f)).item()).isEqualTo(0.5f);
        assertThat(W.discriminatorLoss(column(3f, 1f), column(-1f, 1f)).item()).isEqualTo(0f - 2f);
        assertThat(HINGE.discriminatorLoss(column(0.5f, 2f), column(-3f, 0f)).item()).isEqualTo(0.25f + 0.5f);
    }

    @Test
    void gradientPenaltyOfALinearCriticIsItsSlopeMinusOneSquared() {
        // D(x) = x·w with ‖w‖ = 2 everywhere: (2 − 1)² = 1 on any interpolate.
        Variable w = Variable.constant(Tensor.of(new float[] {1.2f, 1.6f}, 2, 1));
        Variable penalty = new GradientPenalty(10f).of(v -> v.matmul(w),
                Variable.constant(Tensor.uniform(new Rng(1), -1, 1, 8, 2)), Variable.constant(Tensor.uniform(new Rng(2), -1, 1, 8, 2)), new Rng(3));
        assertThat(penalty.item()).isCloseTo(1f, within(1e-5f));
    }
}
