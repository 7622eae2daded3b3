package io.gan4j.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Forward values of the shape, indexing and reduction ops, and their shape-mistake messages. */
class ShapeOpsTest {
    private static Variable matrix(float[][] rows) {
        return Variable.param(Tensor.of(rows));
    }

    private static Tensor counting(int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) d[i] = i;
        return t;
    }

    @Test
    void transposeOfAKnownMatrix() {
        Variable x = matrix(new float[][] {{1, 2, 3}, {4, 5, 6}});
        Variable t = x.transpose(0, 1);
        assertThat(t.shape()).containsExactly(3, 2);
        assertThat(t.value().data()).containsExactly(1, 4, 2, 5, 3, 6);
    }

    @Test
    void transposeOfMiddleAxesMovesBlocks() {
        Variable t = Variable.constant(counting(2, 2, 3)).transpose(0, 1);
        assertThat(t.shape()).containsExactly(2, 2, 3);
        assertThat(t.value().data()).containsExactly(0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11);
    }

    @Test
    void permuteNchwToNhwcMovesEveryElement() {
        Tensor x = counting(2, 3, 4, 5);
        Tensor y = Variable.constant(x).permute(0, 2, 3, 1).value();
        assertThat(y.shape()).containsExactly(2, 4, 5, 3);
        // (n=1, c=2, h=3, w=4) is at 1*60 + 2*20 + 3*5 + 4 = 119.
        assertThat(y.get(1, 3, 4, 2)).isEqualTo(119f);
        for (int n = 0; n < 2; n++) for (int c = 0; c < 3; c++) for (int h = 0; h < 4; h++) for (int w = 0; w < 5; w++) {
            assertThat(y.get(n, h, w, c)).isEqualTo(x.get(n, c, h, w));
        }
    }

    @Test
    void permuteGradientIsTheInversePermutation() {
        Variable x = Variable.param(counting(2, 3, 4));
        Variable w = Variable.constant(counting(4, 2, 3));
        x.permute(2, 0, 1).mul(w).sum().backward();
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) {
            assertThat(x.grad().get(i, j, k)).isEqualTo(w.value().get(k, i, j));
        }
    }

    @Test
    void concatJoinsValuesAlongTheAxis() {
        Variable a = matrix(new float[][] {{1, 2}, {3, 4}});
        Variable b = matrix(new float[][] {{5}, {6}});
        assertThat(Variable.concat(1, a, b).value().data()).containsExactly(1, 2, 5, 3, 4, 6);
        Variable c = matrix(new float[][] {{7, 8}});
        Variable rows = Variable.concat(0, a, c);
        assertThat(rows.shape()).containsExactly(3, 2);
        assertThat(rows.value().data()).containsExactly(1, 2, 3, 4, 7, 8);
    }

    @Test
    void concatGradientSplitsBackToEachPart() {
        Variable a = matrix(new float[][] {{1, 2}, {3, 4}});
        Variable b = matrix(new float[][] {{5}, {6}});
        Variable w = Variable.constant(Tensor.of(new float[][] {{10, 20, 30}, {40, 50, 60}}));
        Variable.concat(-1, a, b).mul(w).sum().backward();
        assertThat(a.grad().data()).containsExactly(10, 20, 40, 50);
        assertThat(b.grad().data()).containsExactly(30, 60);
    }

    @Test
    void sliceTakesTheRangeAndItsGradientIsZeroPadded() {
        Variable x = Variable.param(counting(2, 4));
        Variable s = x.slice(1, 1, 3);
        assertThat(s.shape()).containsExactly(2, 2);
        assertThat(s.value().data()).containsExactly(1, 2, 5, 6);
        s.sum().backward();
        assertThat(x.grad().data()).containsExactly(0, 1, 1, 0, 0, 1, 1, 0);
        assertThat(x.slice(0, 1, 1).shape()).containsExactly(0, 4);
    }

    @Test
    void indexSelectRepeatsRowsAndARowUsedTwiceGetsTwiceTheGradient() {
        Variable x = matrix(new float[][] {{1, 2}, {3, 4}, {5, 6}});
        Variable y = x.indexSelect(new int[] {2, 0, 2});
        assertThat(y.shape()).containsExactly(3, 2);
        assertThat(y.value().data()).containsExactly(5, 6, 1, 2, 5, 6);
        y.mul(Variable.constant(Tensor.of(new float[][] {{1, 10}, {100, 1000}, {2, 20}}))).sum().backward();
        assertThat(x.grad().data()).containsExactly(100, 1000, 0, 0, 3, 30);
        x.zeroGrad();
        x.indexSelect(new int[] {1, 1}).sum().backward();
        assertThat(x.grad().data()).containsExactly(0, 0, 2, 2, 0, 0);
    }

    @Test
    void varianceMatchesHandComputedPopulationVariance() {
        Variable x = matrix(new float[][] {{1, 3}, {2, 6}});
        // columns: mean 1.5, deviations +-0.5 -> 0.25; mean 4.5, deviations +-1.5 -> 2.25.
        Variable perColumn = x.variance(false, 0);
        assertThat(perColumn.shape()).containsExactly(2);
        assertThat(perColumn.value().data()).containsExactly(0.25f, 2.25f);
        assertThat(x.variance(true, -1).shape()).containsExactly(2, 1);
        assertThat(x.variance(true, -1).value().data()).containsExactly(1f, 4f);
        // all of 1, 3, 2, 6: mean 3, squared deviations 4, 0, 1, 9 -> 14 / 4.
        assertThat(x.variance(false).item()).isCloseTo(3.5f, within(1e-6f));
    }

    @Test
    void varianceGradientIsTwiceTheDeviationOverN() {
        Variable x = Variable.param(Tensor.of(new float[] {1, 2, 3, 6}, 4));
        x.variance(false).backward();
        // d var / d x_i = 2 (x_i - mean) / N with mean 3.
        assertThat(x.grad().data()).containsExactly(-1f, -0.5f, 0f, 1.5f);
    }

    @Test
    void oneHotIsAConstantWithOneOnePerRow() {
        Variable h = Variable.oneHot(new int[] {2, 0, 1, 2}, 3);
        assertThat(h.requiresGrad()).isFalse();
        assertThat(h.shape()).containsExactly(4, 3);
        assertThat(h.value().data()).containsExactly(0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1);
    }

    @Test
    void shapeMistakesNameTheOpAndTheShapes() {
        Variable m23 = Variable.param(Tensor.zeros(2, 3));
        Variable m24 = Variable.param(Tensor.zeros(2, 4));
        assertThatThrownBy(() -> Variable.concat(0, m23, m24)).isInstanceOf(ShapeException.class)
                .hasMessage("concat: shapes [2, 3] and [2, 4] differ outside axis 0");
        assertThatThrownBy(() -> Variable.concat(0, m23, Variable.param(Tensor.zeros(3))))
                .isInstanceOf(ShapeException.class).hasMessage("concat: shapes [2, 3] and [3] differ outside axis 0");
        assertThatThrownBy(() -> Variable.concat(2, m23, m23)).isInstanceOf(ShapeException.class)
                .hasMessage("concat: axis 2 out of range for shape [2, 3]");
        assertThatThrownBy(() -> Variable.concat(0)).isInstanceOf(ShapeException.class).hasMessage("concat: needs at least one part");
        assertThatThrownBy(() -> Variable.param(Tensor.zeros(5, 2)).indexSelect(new int[] {0, 7}))
                .isInstanceOf(ShapeException.class).hasMessage("indexSelect: row 7 out of range for 5 rows (shape [5, 2])");
        assertThatThrownBy(() -> Variable.param(Tensor.zeros(5)).indexSelect(new int[] {-1}))
                .isInstanceOf(ShapeException.class).hasMessage("indexSelect: row -1 out of range for 5 rows (shape [5])");
        assertThatThrownBy(() -> Variable.scalar(1f).indexSelect(new int[] {0}))
                .isInstanceOf(ShapeException.class).hasMessage("indexSelect: needs at least one axis, got shape []");
        assertThatThrownBy(() -> m23.slice(1, 2, 4)).isInstanceOf(ShapeException.class)
                .hasMessage("slice: range [2, 4) out of bounds for axis 1 of shape [2, 3]");
        assertThatThrownBy(() -> m23.slice(0, 2, 1)).isInstanceOf(ShapeException.class)
                .hasMessage("slice: range [2, 1) out of bounds for axis 0 of shape [2, 3]");
        assertThatThrownBy(() -> m23.slice(-3, 0, 1)).isInstanceOf(ShapeException.class)
                .hasMessage("slice: axis -3 out of range for shape [2, 3]");
        assertThatThrownBy(() -> m23.transpose(0, 2)).isInstanceOf(ShapeException.class)
                .hasMessage("transpose: axis 2 out of range for shape [2, 3]");
        assertThatThrownBy(() -> m23.permute(0)).isInstanceOf(ShapeException.class)
                .hasMessage("permute: 1 axes [0] for shape [2, 3]");
        assertThatThrownBy(() -> m23.permute(1, -1)).isInstanceOf(ShapeException.class)
                .hasMessage("permute: axes [1, -1] repeat axis -1 of shape [2, 3]");
        assertThatThrownBy(() -> m23.variance(false, 0, -2)).isInstanceOf(ShapeException.class)
                .hasMessage("variance: axis -2 repeated in [0, -2]");
        assertThatThrownBy(() -> m23.variance(false, 2)).isInstanceOf(ShapeException.class)
                .hasMessage("variance: axis 2 out of range for rank 2");
    }

    @Test
    void oneHotRejectsLabelsOutsideTheClasses() {
        assertThatThrownBy(() -> Variable.oneHot(new int[] {0, 3}, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oneHot: label 3 at position 1 out of range for 3 classes");
        assertThatThrownBy(() -> Variable.oneHot(new int[] {0}, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oneHot: classes must be positive, got 0");
    }

    @Test
    void repeatedReductionAxesAreRejected() {
        Variable x = Variable.constant(Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertThatThrownBy(() -> x.mean(false, 1, 1)).isInstanceOf(ShapeException.class).hasMessageContaining("repeated");
        assertThat(x.mean(false, 1).value().data()).containsExactly(2f, 5f);
    }
}
