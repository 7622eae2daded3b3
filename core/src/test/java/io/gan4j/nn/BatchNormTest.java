package io.gan4j.nn;

import static io.gan4j.autograd.GradCheck.firstAndSecond;
import static io.gan4j.autograd.GradCheck.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.GradCheck;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BatchNormTest {
    private static final double EPS = 1e-5;

    private static BatchNorm1d twoFeatures() {
        BatchNorm1d bn = new BatchNorm1d(2);
        bn.weight().value().copyFrom(Tensor.of(new float[] {2, 0.5f}, 2));
        bn.bias().value().copyFrom(Tensor.of(new float[] {0.1f, -1}, 2));
        return bn;
    }

    @Test
    void batchNorm1dTrainingUsesBatchStatisticsAndUpdatesRunningOnes() {
        BatchNorm1d bn = twoFeatures();
        // feature 0: 1, 3, 5 (mean 3, biased var 8/3, unbiased 4); feature 1: 2, 6, 10 (mean 6, biased 32/3, unbiased 16)
        Tensor x = Tensor.of(new float[][] {{1, 2}, {3, 6}, {5, 10}});

        float[] y = bn.forward(Variable.constant(x)).value().data();

        double s0 = Math.sqrt(8.0 / 3 + EPS), s1 = Math.sqrt(32.0 / 3 + EPS);
        float[] expected = {
            (float) (-2 / s0 * 2 + 0.1), (float) (-4 / s1 * 0.5 - 1),
            0.1f, -1f,
            (float) (2 / s0 * 2 + 0.1), (float) (4 / s1 * 0.5 - 1)};
        assertThat(y).containsExactly(expected, within(1e-5f));
        assertThat(bn.runningMean().data()).containsExactly(new float[] {0.3f, 0.6f}, within(1e-6f));
        assertThat(bn.runningVar().data()).containsExactly(new float[] {0.9f + 0.4f, 0.9f + 1.6f}, within(1e-6f));
        assertThat(bn.stateDict().get("num_batches_tracked").item()).isEqualTo(1f);
    }

    @Test
    void batchNorm1dEvalUsesRunningStatistics() {
        BatchNorm1d bn = twoFeatures();
        bn.forward(Variable.constant(Tensor.of(new float[][] {{1, 2}, {3, 6}, {5, 10}})));
        bn.eval();

        float[] y = bn.forward(Variable.constant(Tensor.of(new float[][] {{0.3f, 3.1f}, {1.3f, 0.6f}}))).value().data();

        double s0 = Math.sqrt(1.3 + EPS), s1 = Math.sqrt(2.5 + EPS);
        assertThat(y).containsExactly(new float[] {
            0.1f, (float) (2.5 / s1 * 0.5 - 1),
            (float) (1 / s0 * 2 + 0.1), -1f}, within(1e-5f));
        assertThat(bn.runningMean().data()).containsExactly(new float[] {0.3f, 0.6f}, within(1e-6f));
        assertThat(bn.stateDict().get("num_batches_tracked").item()).isEqualTo(1f);
    }

    @Test
    void runningStatisticsFollowTheMomentum() {
        BatchNorm1d bn = new BatchNorm1d(1, 1e-3, 0.5);
        Variable x = Variable.constant(Tensor.of(new float[][] {{0}, {2}}));
        bn.forward(x);
        bn.forward(x);
        // mean 1 each time: 0 → 0.5 → 0.75; unbiased var 2: 1 → 1.5 → 1.75
        assertThat(bn.runningMean().data()).containsExactly(0.75f);
        assertThat(bn.runningVar().data()).containsExactly(1.75f);
        assertThat(bn.toString()).isEqualTo("BatchNorm1d(1, eps=0.001, momentum=0.5)");
    }

    @Test
    void batchNorm2dNormalisesEachChannelOverBatchAndSpace() {
        BatchNorm2d bn = new BatchNorm2d(2);
        // [N=2, C=2, H=1, W=2]; channel 0: 1, 3, 5, 7 (mean 4, var 5, unbiased 20/3); channel 1: 0, 0, 4, 4 (mean 2, var 4, unbiased 16/3)
        Tensor x = Tensor.of(new float[] {1, 3, 0, 0, 5, 7, 4, 4}, 2, 2, 1, 2);

        float[] y = bn.forward(Variable.constant(x)).value().data();

        double s0 = Math.sqrt(5 + EPS), s1 = Math.sqrt(4 + EPS);
        assertThat(y).containsExactly(new float[] {
            (float) (-3 / s0), (float) (-1 / s0), (float) (-2 / s1), (float) (-2 / s1),
            (float) (1 / s0), (float) (3 / s0), (float) (2 / s1), (float) (2 / s1)}, within(1e-5f));
        assertThat(bn.runningMean().data()).containsExactly(new float[] {0.4f, 0.2f}, within(1e-6f));
        assertThat(bn.runningVar().data()).containsExactly(new float[] {0.9f + 2f / 3, 0.9f + 1.6f / 3}, within(1e-6f));

        bn.eval();
        float[] z = bn.forward(Variable.constant(Tensor.of(new float[] {0.4f, 1.4f, 0.2f, 0.2f}, 1, 2, 1, 2))).value().data();
        double r0 = Math.sqrt(0.9 + 2.0 / 3 + EPS);
        assertThat(z).containsExactly(new float[] {0f, (float) (1 / r0), 0f, 0f}, within(1e-5f));
    }

    @Test
    void stateDictHasPyTorchNames() {
        Sequential net = new Sequential(new Linear(3, 4, new Rng(1)), new BatchNorm1d(4));
        assertThat(net.stateDict().keySet()).containsExactly(
                "0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked");
        assertThat(net.namedParameters().keySet()).containsExactly("0.weight", "0.bias", "1.weight", "1.bias");
        assertThat(net.stateDict().get("1.running_var").data()).containsExactly(1, 1, 1, 1);
    }

    @Test
    void badInputsAreNamed() {
        assertThatThrownBy(() -> new BatchNorm1d(3).forward(Variable.constant(Tensor.zeros(4, 2))))
                .isInstanceOf(ShapeException.class)
                .hasMessageContaining("BatchNorm1d(3): expects [N, F] or [N, C, L] with 3 at axis 1, got [4, 2]");
        assertThatThrownBy(() -> new BatchNorm2d(3).forward(Variable.constant(Tensor.zeros(4, 3))))
                .hasMessageContaining("BatchNorm2d(3): expects [N, C, H, W] with 3 at axis 1, got [4, 3]");
        assertThatThrownBy(() -> new BatchNorm1d(3).forward(Variable.constant(Tensor.zeros(1, 3))))
                .hasMessageContaining("training needs more than one value per feature, got input [1, 3]");
        assertThatThrownBy(() -> new BatchNorm1d(0)).hasMessageContaining("features must be positive, got 0");
    }

    static Stream<GradCheck.Case> gradientCases() {
        BatchNorm1d bn1 = new BatchNorm1d(3);
        BatchNorm2d bn2 = new BatchNorm2d(2);
        return Stream.of(
                firstAndSecond("BatchNorm1d training, input", x -> bn1.forward(x[0]), uniform(1, -1, 1, 5, 3)),
                firstAndSecond("BatchNorm2d training, input", x -> bn2.forward(x[0]), uniform(2, -1, 1, 2, 2, 2, 3)),
                firstAndSecond("batch statistics [N, F], input and affine",
                        x -> BatchNorm.withBatchStatistics(x[0], x[1], x[2], 1e-5f).output(),
                        uniform(3, -1, 1, 4, 3), uniform(4, 0.5f, 1.5f, 3), uniform(5, -1, 1, 3)),
                firstAndSecond("batch statistics [N, C, H, W], input and affine",
                        x -> BatchNorm.withBatchStatistics(x[0], x[1], x[2], 1e-5f).output(),
                        uniform(6, -1, 1, 3, 2, 2, 2), uniform(7, 0.5f, 1.5f, 2), uniform(8, -1, 1, 2)),
                firstAndSecond("BatchNorm1d eval, input", x -> evalMode(new BatchNorm1d(3)).forward(x[0]).square(), uniform(9, -1, 1, 4, 3)));
    }

    private static Module evalMode(BatchNorm bn) {
        bn.runningMean().copyFrom(Tensor.of(new float[] {0.1f, -0.2f, 0.3f}, 3));
        bn.runningVar().copyFrom(Tensor.of(new float[] {0.5f, 2f, 1f}, 3));
        return bn.eval();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradientCases")
    void gradientsMatchCentralDifferences(GradCheck.Case c) {
        GradCheck.check(c);
    }

    @Test
    void forwardMatchesTheBatchStatisticsFunction() {
        BatchNorm1d bn = twoFeatures();
        Variable x = Variable.constant(Tensor.uniform(new Rng(10), -1, 1, 6, 2));
        float[] viaModule = bn.forward(x).value().data();
        float[] direct = BatchNorm.withBatchStatistics(x, bn.weight(), bn.bias(), 1e-5f).output().value().data();
        assertThat(viaModule).containsExactly(direct);
    }
}
