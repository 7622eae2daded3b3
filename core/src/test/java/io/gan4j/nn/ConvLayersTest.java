package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conv2d and ConvTranspose2d layers against hand-computed outputs, plus their parameters, inits and descriptions. */
class ConvLayersTest {
    private static final float[] ONE_TO_SIXTEEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    @Test
    void conv2dSumsChannelsOfEachWindowPlusBias() {
        Conv2d conv = new Conv2d(2, 1, 2, 1, 0, new Rng(1));
        conv.weight().value().copyFrom(Tensor.of(new float[] {1, 0, 0, 1, 2, 0, 0, -1}, 1, 2, 2, 2));
        conv.bias().value().copyFrom(Tensor.of(new float[] {0.5f}, 1));
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 1, 0, -1, 0, 1, 0}, 1, 2, 2, 3);

        Variable y = conv.forward(Variable.constant(x));

        assertThat(y.shape()).containsExactly(1, 1, 1, 2);
        // left window: (1 + 5) + (2·1 - 1·1) + 0.5; right window: (2 + 6) + (2·0 - 1·0) + 0.5
        assertThat(y.value().data()).containsExactly(7.5f, 8.5f);
    }

    @Test
    void conv2dWithStrideAndPaddingSumsClippedWindows() {
        Conv2d conv = new Conv2d(1, 1, 3, 2, 1, false, Init.zeros(), Init.zeros(), new Rng(2));
        conv.weight().value().copyFrom(Tensor.ones(1, 1, 3, 3));
        Variable y = conv.forward(Variable.constant(Tensor.of(ONE_TO_SIXTEEN, 1, 1, 4, 4)));
        // windows rows 2i-1..2i+1, cols 2j-1..2j+1 of the 4x4 grid 1..16, clipped at the border
        assertThat(y.shape()).containsExactly(1, 1, 2, 2);
        assertThat(y.value().data()).containsExactly(1 + 2 + 5 + 6, 2 + 3 + 4 + 6 + 7 + 8, 5 + 6 + 9 + 10 + 13 + 14,
                6 + 7 + 8 + 10 + 11 + 12 + 14 + 15 + 16);
    }

    @Test
    void convTranspose2dWithStrideTwoPlacesScaledKernelsInBlocks() {
        ConvTranspose2d up = new ConvTranspose2d(1, 2, 2, 2, 0, 0, new Rng(3));
        up.weight().value().copyFrom(Tensor.of(new float[] {1, 2, 3, 4, 0, 1, 1, 0}, 1, 2, 2, 2));
        up.bias().value().copyFrom(Tensor.of(new float[] {0, 10}, 2));

        Variable y = up.forward(Variable.constant(Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2)));

        assertThat(y.shape()).containsExactly(1, 2, 4, 4);
        assertThat(y.value().data()).containsExactly(
                1, 2, 2, 4,
                3, 4, 6, 8,
                3, 6, 4, 8,
                9, 12, 12, 16,
                10, 11, 10, 12,
                11, 10, 12, 10,
                10, 13, 10, 14,
                13, 10, 14, 10);
    }

    @Test
    void convTranspose2dWithPaddingAndOutputPaddingDoublesTheSize() {
        ConvTranspose2d up = new ConvTranspose2d(1, 1, 3, 2, 1, 1, false, Init.zeros(), Init.zeros(), new Rng(4));
        up.weight().value().copyFrom(Tensor.ones(1, 1, 3, 3));
        Variable y = up.forward(Variable.constant(Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2)));
        // input (i, j) covers output rows and columns 2i-1..2i+1 (clipped to 0..3); each output sums the inputs covering it
        assertThat(y.shape()).containsExactly(1, 1, 4, 4);
        assertThat(y.value().data()).containsExactly(
                1, 3, 2, 2,
                4, 10, 6, 6,
                3, 7, 4, 4,
                3, 7, 4, 4);
    }

    @Test
    void parametersUsePyTorchNamesAndShapes() {
        Conv2d conv = new Conv2d(3, 8, 4, 2, 1, new Rng(5));
        assertThat(conv.namedParameters().keySet()).containsExactly("weight", "bias");
        assertThat(conv.stateDict().get("weight").shape()).containsExactly(8, 3, 4, 4);
        assertThat(conv.stateDict().get("bias").shape()).containsExactly(8);

        ConvTranspose2d up = new ConvTranspose2d(8, 3, 4, 2, 1, 0, new Rng(6));
        assertThat(up.stateDict().get("weight").shape()).containsExactly(8, 3, 4, 4);
        assertThat(up.stateDict().get("bias").shape()).containsExactly(3);

        ConvTranspose2d noBias = new ConvTranspose2d(8, 3, 4, 2, 1, 0, false, Init.normal(0.02f), Init.zeros(), new Rng(7));
        assertThat(noBias.namedParameters().keySet()).containsExactly("weight");
        assertThat(noBias.bias()).isNull();
    }

    @Test
    void initsGetPyTorchFans() {
        List<String> draws = new ArrayList<>();
        Init recording = (rng, fanIn, fanOut, shape) -> {
            draws.add(fanIn + "/" + fanOut + " " + java.util.Arrays.toString(shape));
            return Tensor.zeros(shape);
        };
        new Conv2d(3, 8, 4, 2, 1, true, recording, recording, new Rng(8));
        new ConvTranspose2d(8, 2, 4, 2, 1, 0, true, recording, recording, new Rng(9));
        assertThat(draws).containsExactly(
                "48/128 [8, 3, 4, 4]", "48/128 [8]",
                // PyTorch takes a weight's fan-in from its second axis, here the 2 output channels
                "32/128 [8, 2, 4, 4]", "32/128 [2]");
    }

    @Test
    void pytorchDefaultDrawsWithinOneOverSqrtFanIn() {
        Conv2d conv = new Conv2d(4, 2, 2, 1, 0, new Rng(10));
        float convBound = (float) (1 / Math.sqrt(16));
        for (float w : conv.weight().value().data()) assertThat(Math.abs(w)).isLessThanOrEqualTo(convBound);
        for (float b : conv.bias().value().data()) assertThat(Math.abs(b)).isLessThanOrEqualTo(convBound);

        ConvTranspose2d up = new ConvTranspose2d(1, 9, 1, 1, 0, 0, new Rng(11));
        float upBound = (float) (1 / Math.sqrt(9));
        for (float w : up.weight().value().data()) assertThat(Math.abs(w)).isLessThanOrEqualTo(upBound);
        assertThat(maxAbs(up.weight().value().data())).isGreaterThan(1f / 3 * 0.5f);
    }

    @Test
    void describesItsSettings() {
        assertThat(new Conv2d(1, 64, 4, 2, 1, new Rng(12)).toString()).isEqualTo("Conv2d(1 → 64, k4, s2, p1)");
        assertThat(new Conv2d(1, 2, 3, 1, 0, false, Init.zeros(), Init.zeros(), new Rng(13)).toString())
                .isEqualTo("Conv2d(1 → 2, k3, s1, p0, no bias)");
        assertThat(new ConvTranspose2d(100, 64, 4, 1, 0, 0, new Rng(14)).toString()).isEqualTo("ConvTranspose2d(100 → 64, k4, s1, p0)");
        assertThat(new ConvTranspose2d(4, 2, 3, 2, 1, 1, new Rng(15)).toString()).isEqualTo("ConvTranspose2d(4 → 2, k3, s2, p1, op1)");
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new Conv2d(0, 2, 3, 1, 0, new Rng(16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Conv2d").hasMessageContaining("in 0");
        assertThatThrownBy(() -> new Conv2d(1, 2, 3, 1, -1, new Rng(17)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("padding must not be negative, got -1");
        assertThatThrownBy(() -> new ConvTranspose2d(1, 2, 3, 2, 1, 2, new Rng(18)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ConvTranspose2d: outputPadding must be in [0, stride)");
    }

    @Test
    void gradientsReachWeightAndBias() {
        Conv2d conv = new Conv2d(1, 1, 2, 1, 0, new Rng(19));
        conv.forward(Variable.constant(Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 1, 3, 3))).sum().backward();
        // each kernel entry meets the 2x2 block of inputs it slides over; the bias meets all four outputs
        assertThat(conv.weight().grad().data()).containsExactly(1 + 2 + 4 + 5, 2 + 3 + 5 + 6, 4 + 5 + 7 + 8, 5 + 6 + 8 + 9);
        assertThat(conv.bias().grad().data()).containsExactly(4f);
    }

    private static float maxAbs(float[] values) {
        float m = 0;
        for (float v : values) m = Math.max(m, Math.abs(v));
        return m;
    }
}
