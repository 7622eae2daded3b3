package io.gan4j.autograd;

import static io.gan4j.autograd.GradCheck.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.ops.Conv2dWeightGrad;
import io.gan4j.autograd.ops.ConvTranspose2dOp;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Values, shapes and shape errors of the convolution ops (their gradients are in {@link ConvOpsGradTest}). */
class ConvOpsTest {
    private static Variable c(Tensor t) {
        return Variable.constant(t);
    }

    @Test
    void convolutionSlidesTheKernelOverTheImage() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 1, 3, 3);
        Tensor w = Tensor.of(new float[] {1, 0, 0, -1}, 1, 1, 2, 2);
        Variable y = c(x).conv2d(c(w), c(Tensor.of(new float[] {0.5f}, 1)), 1, 0);
        // x[i][j] - x[i+1][j+1] + 0.5 = -4 + 0.5 everywhere
        assertThat(y.shape()).containsExactly(1, 1, 2, 2);
        assertThat(y.value().data()).containsExactly(-3.5f, -3.5f, -3.5f, -3.5f);
    }

    @Test
    void transposedConvolutionScattersEachInputTimesTheKernel() {
        Tensor x = Tensor.of(new float[] {1, 2}, 1, 1, 1, 2);
        Tensor w = Tensor.of(new float[] {1, 10, 100, 1000}, 1, 1, 2, 2);
        Variable y = c(x).convTranspose2d(c(w), null, 2, 0, 1);
        // stride 2 places the two kernel copies side by side; output padding adds a zero row and column
        assertThat(y.shape()).containsExactly(1, 1, 3, 5);
        assertThat(y.value().data()).containsExactly(
                1, 10, 2, 20, 0,
                100, 1000, 200, 2000, 0,
                0, 0, 0, 0, 0);
    }

    @Test
    void transposedConvolutionIsTheAdjointOfConvolution() {
        Tensor x = uniform(1, -1, 1, 2, 2, 6, 5), w = uniform(2, -1, 1, 3, 2, 3, 3);
        Tensor y = uniform(3, -1, 1, 2, 3, 3, 3);
        Tensor conv = c(x).conv2d(c(w), null, 2, 1).value();
        Tensor back = c(y).convTranspose2d(c(w), null, 2, 1, 1).value();
        assertThat(conv.shape()).containsExactly(y.shape());
        assertThat(back.shape()).containsExactly(2, 2, 6, 6);
        // <conv(x, w), y> = <x, convT(y, w)> on the 6x5 part that x covers (output padding 1 on W is the extra column)
        double lhs = dot(conv.data(), y.data()), rhs = 0;
        for (int nc = 0; nc < 4; nc++) for (int h = 0; h < 6; h++) for (int col = 0; col < 5; col++) {
            rhs += (double) x.data()[(nc * 6 + h) * 5 + col] * back.data()[(nc * 6 + h) * 6 + col];
        }
        assertThat(lhs).isCloseTo(rhs, within(1e-4));
    }

    @Test
    void inputGradientOfAConvolutionHasTheInputShapeEvenWhenAxesNeedDifferentOutputPadding() {
        Variable x = Variable.param(uniform(4, -1, 1, 1, 2, 5, 6));
        Variable w = Variable.param(uniform(5, -1, 1, 3, 2, 3, 3));
        Variable dx = Autograd.grad(x.conv2d(w, null, 2, 0).sum(), x, false);
        assertThat(dx.shape()).containsExactly(1, 2, 5, 6);
    }

    @Test
    void weightGradientOpSumsOutputGradientTimesShiftedInput() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 1, 3, 3);
        Tensor dy = Tensor.of(new float[] {1, 0, 0, 2}, 1, 1, 2, 2);
        Variable dw = new Conv2dWeightGrad(1, 0, 2, 2).call(c(x), c(dy));
        // dw[i][j] = x[i][j] + 2 x[i+1][j+1]
        assertThat(dw.value().data()).containsExactly(1 + 2 * 5, 2 + 2 * 6, 4 + 2 * 8, 5 + 2 * 9);
    }

    @Test
    void constantsGiveConstants() {
        Variable y = c(uniform(6, -1, 1, 1, 1, 3, 3)).conv2d(c(uniform(7, -1, 1, 1, 1, 3, 3)), null, 1, 1);
        assertThat(y.requiresGrad()).isFalse();
        assertThat(y.shape()).containsExactly(1, 1, 3, 3);
    }

    @Test
    void shapeMistakesNameTheOpAndTheShapes() {
        Variable x = c(Tensor.zeros(2, 3, 5, 5));
        assertThatThrownBy(() -> x.conv2d(c(Tensor.zeros(4, 2, 3, 3)), null, 1, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv2d").hasMessageContaining("[2, 3, 5, 5]")
                .hasMessageContaining("[4, 2, 3, 3]");
        assertThatThrownBy(() -> x.conv2d(c(Tensor.zeros(4, 3, 3, 3)), c(Tensor.zeros(1, 4)), 1, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv2d: bias [1, 4]").hasMessageContaining("expected [4]");
        assertThatThrownBy(() -> c(Tensor.zeros(3, 5, 5)).conv2d(c(Tensor.zeros(4, 3, 3, 3)), null, 1, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv2d: input [3, 5, 5] is not 4-D");
        assertThatThrownBy(() -> x.conv2d(c(Tensor.zeros(4, 3, 7, 7)), null, 1, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("larger than padded input");
        assertThatThrownBy(() -> x.conv2d(c(Tensor.zeros(4, 3, 3, 3)), null, 0, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv2d: stride must be at least 1");
        assertThatThrownBy(() -> x.convTranspose2d(c(Tensor.zeros(2, 4, 3, 3)), null, 1, 0, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv_transpose2d").hasMessageContaining("[2, 4, 3, 3]");
        assertThatThrownBy(() -> x.convTranspose2d(c(Tensor.zeros(3, 4, 3, 3)), c(Tensor.zeros(3)), 1, 0, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv_transpose2d: bias [3]").hasMessageContaining("expected [4]");
        assertThatThrownBy(() -> x.convTranspose2d(c(Tensor.zeros(3, 4, 3, 3)), null, 2, 0, 2))
                .isInstanceOf(ShapeException.class).hasMessageContaining("output padding 2 must be in [0, stride)");
        assertThatThrownBy(() -> ConvTranspose2dOp.toSize(2, 0, 9, 9).call(c(Tensor.zeros(1, 3, 3, 3)), c(Tensor.zeros(3, 2, 3, 3))))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv_transpose2d").hasMessageContaining("9x9")
                .hasMessageContaining("conv2d of [1, 2, 9, 9] gives [1, 3, 4, 4]");
        assertThatThrownBy(() -> new Conv2dWeightGrad(1, 0, 3, 3).call(x, c(Tensor.zeros(2, 4, 2, 2))))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv2d_weight_grad")
                .hasMessageContaining("[2, 4, 3, 3]").hasMessageContaining("[2, 4, 2, 2]");
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }
}
