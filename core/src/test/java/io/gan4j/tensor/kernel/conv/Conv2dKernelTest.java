package io.gan4j.tensor.kernel.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.kernel.parallel.Parallel;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Conv2dKernelTest {

    /** Direct convolutions: N, C, H, W, F, KH, KW, stride, padding. Odd sizes; several cut into chunks. */
    static Stream<ConvGeometry> convCases() {
        return Stream.of(
                new ConvGeometry(2, 3, 7, 5, 4, 1, 1, 1, 0),
                new ConvGeometry(2, 3, 7, 5, 4, 1, 1, 2, 0),
                new ConvGeometry(2, 3, 5, 5, 2, 1, 1, 1, 1),
                new ConvGeometry(3, 2, 7, 7, 5, 3, 3, 1, 1),
                new ConvGeometry(3, 2, 9, 7, 5, 3, 3, 2, 1),
                new ConvGeometry(2, 3, 8, 9, 4, 4, 4, 2, 1),
                new ConvGeometry(2, 2, 7, 9, 3, 5, 3, 1, 2),
                new ConvGeometry(5, 2, 9, 7, 3, 5, 3, 2, 2),
                new ConvGeometry(1, 1, 5, 5, 1, 3, 3, 1, 0),
                new ConvGeometry(9, 2, 6, 5, 3, 3, 3, 2, 0),
                new ConvGeometry(4, 3, 11, 13, 2, 4, 4, 1, 2),
                new ConvGeometry(7, 1, 3, 3, 2, 4, 4, 2, 2),
                new ConvGeometry(9, 2, 12, 12, 3, 1, 1, 1, 0),
                new ConvGeometry(9, 2, 12, 11, 3, 3, 3, 1, 1),
                new ConvGeometry(40, 2, 10, 10, 3, 3, 3, 1, 1),
                new ConvGeometry(12, 2, 18, 17, 3, 3, 3, 1, 1),
                smallPatch(5, 1, 17, 19, 21, 3, 3, 1, 1),
                smallPatch(6, 2, 14, 15, 19, 4, 4, 2, 1),
                smallPatch(3, 1, 6, 5, 18, 4, 4, 2, 1),
                smallPatch(7, 2, 9, 9, 33, 3, 3, 1, 0),
                smallPatch(2, 1, 28, 28, 20, 4, 4, 2, 1),
                smallPatch(1, 2, 11, 10, 40, 3, 3, 2, 2),
                viaGemm(2, 5, 7, 5, 4, 4, 4, 1, 1),
                viaGemm(3, 8, 9, 7, 5, 3, 3, 2, 1),
                viaGemm(2, 9, 8, 9, 4, 3, 3, 1, 0),
                viaGemm(5, 6, 9, 7, 3, 5, 3, 2, 2),
                viaGemm(1, 4, 5, 5, 1, 5, 5, 1, 2),
                viaGemm(9, 8, 12, 11, 3, 3, 3, 1, 1),
                viaGemm(40, 8, 10, 10, 3, 3, 3, 1, 1));
    }

    /** Geometries with patches too large for the small-patch kernels: im2col + GEMM. */
    private static ConvGeometry viaGemm(int n, int c, int h, int w, int f, int kh, int kw, int s, int p) {
        ConvGeometry g = new ConvGeometry(n, c, h, w, f, kh, kw, s, p);
        assertThat(Conv2d.usesGemm(g)).as("GEMM route for %s", g).isTrue();
        return g;
    }

    /**
     * Geometries for the direct small-patch kernels: many filters (the 16-, 8- and 4-row blocks and the rows left
     * over), planes with a partial last vector or smaller than one vector, batches that the weight gradient's four
     * partial sums do not divide.
     */
    private static ConvGeometry smallPatch(int n, int c, int h, int w, int f, int kh, int kw, int s, int p) {
        ConvGeometry g = new ConvGeometry(n, c, h, w, f, kh, kw, s, p);
        assertThat(SmallPatchConv.applies(g)).as("small patch %s", g).isTrue();
        return g;
    }

    /** Transposed convolutions: x shape, PyTorch weight shape, stride, padding, output padding. */
    static Stream<ConvGeometry> transposedCases() {
        return Stream.of(
                transposed(2, 3, 4, 5, 2, 4, 4, 2, 1, 0),
                transposed(2, 3, 4, 5, 2, 4, 4, 2, 1, 1),
                transposed(3, 2, 5, 3, 3, 3, 3, 1, 1, 0),
                transposed(2, 2, 3, 4, 3, 5, 3, 2, 2, 1),
                transposed(2, 3, 5, 5, 2, 1, 1, 2, 0, 1),
                transposed(3, 2, 4, 4, 2, 3, 3, 2, 0, 0),
                transposed(9, 2, 3, 3, 2, 4, 4, 2, 1, 0),
                transposed(9, 2, 12, 11, 2, 3, 3, 1, 1, 0),
                transposed(5, 20, 7, 7, 1, 4, 4, 2, 1, 0),
                transposed(3, 17, 5, 6, 2, 3, 3, 2, 1, 1),
                transposed(2, 64, 14, 14, 1, 4, 4, 2, 1, 0),
                transposed(2, 3, 4, 5, 5, 4, 4, 2, 1, 0),
                transposed(3, 2, 5, 3, 8, 3, 3, 1, 1, 0),
                transposed(9, 3, 6, 5, 9, 3, 3, 2, 1, 1));
    }

    private static ConvGeometry transposed(int n, int in, int h, int w, int out, int kh, int kw, int s, int p, int op) {
        return ConvGeometry.forTransposed(new int[] {n, in, h, w}, new int[] {in, out, kh, kw}, s, p, op);
    }

    @ParameterizedTest
    @MethodSource("convCases")
    void forwardMatchesDirectLoops(ConvGeometry g) {
        Rng rng = new Rng(1);
        float[] x = random(rng, g.inputShape()), w = random(rng, g.weightShape()), b = random(rng, g.outChannels());
        float[] y = new float[size(g.outputShape())];
        Conv2d.forward(g, x, w, b, y);
        assertClose(y, NaiveConv.conv(g, x, w, b));
        Conv2d.forward(g, x, w, null, y);
        assertClose(y, NaiveConv.conv(g, x, w, null));
    }

    @ParameterizedTest
    @MethodSource("convCases")
    void backwardInputMatchesDirectLoops(ConvGeometry g) {
        Rng rng = new Rng(2);
        float[] dy = random(rng, g.outputShape()), w = random(rng, g.weightShape());
        float[] dx = filledWithNaN(size(g.inputShape()));
        Conv2d.backwardInput(g, dy, w, dx);
        assertClose(dx, NaiveConv.transposed(g, dy, w, null));
    }

    @ParameterizedTest
    @MethodSource("convCases")
    void backwardWeightAndBiasMatchDirectLoops(ConvGeometry g) {
        Rng rng = new Rng(3);
        float[] x = random(rng, g.inputShape()), dy = random(rng, g.outputShape());
        float[] dw = filledWithNaN(size(g.weightShape())), db = filledWithNaN(g.outChannels());
        Conv2d.backwardWeight(g, x, dy, dw);
        Conv2d.backwardBias(g, dy, db);
        assertClose(dw, NaiveConv.weightGradient(g, x, dy));
        assertClose(db, NaiveConv.channelSums(dy, g.batch(), g.outChannels(), g.outPlane()));
    }

    @ParameterizedTest
    @MethodSource("convCases")
    void gradientsAreAdjointsOfTheForwardPass(ConvGeometry g) {
        Rng rng = new Rng(4);
        float[] x = random(rng, g.inputShape()), w = random(rng, g.weightShape()), dy = random(rng, g.outputShape());
        float[] y = new float[dy.length], dx = new float[x.length], dw = new float[w.length];
        Conv2d.forward(g, x, w, null, y);
        Conv2d.backwardInput(g, dy, w, dx);
        Conv2d.backwardWeight(g, x, dy, dw);
        assertSameDot(y, dy, x, dx);
        assertSameDot(y, dy, w, dw);
    }

    @ParameterizedTest
    @MethodSource("transposedCases")
    void transposedForwardMatchesScatterDefinition(ConvGeometry g) {
        Rng rng = new Rng(5);
        float[] x = random(rng, g.outputShape()), w = random(rng, g.weightShape()), b = random(rng, g.inChannels());
        float[] y = filledWithNaN(size(g.inputShape()));
        Conv2d.transposeForward(g, x, w, b, y);
        assertClose(y, NaiveConv.transposed(g, x, w, b));
    }

    @ParameterizedTest
    @MethodSource("transposedCases")
    void transposedForwardIsConvBackwardInput(ConvGeometry g) {
        Rng rng = new Rng(6);
        float[] x = random(rng, g.outputShape()), w = random(rng, g.weightShape());
        float[] viaTranspose = new float[size(g.inputShape())], viaBackward = new float[viaTranspose.length];
        Conv2d.transposeForward(g, x, w, null, viaTranspose);
        Conv2d.backwardInput(g, x, w, viaBackward);
        assertThat(viaTranspose).containsExactly(viaBackward);
    }

    @ParameterizedTest
    @MethodSource("transposedCases")
    void transposedGradientsAreConvCallsWithSwappedRoles(ConvGeometry g) {
        Rng rng = new Rng(7);
        float[] x = random(rng, g.outputShape()), w = random(rng, g.weightShape()), dy = random(rng, g.inputShape());
        float[] y = new float[dy.length], dx = new float[x.length], dw = new float[w.length], db = new float[g.inChannels()];
        Conv2d.transposeForward(g, x, w, null, y);
        Conv2d.forward(g, dy, w, null, dx);
        Conv2d.backwardWeight(g, dy, x, dw);
        Conv2d.transposeBackwardBias(g, dy, db);
        assertSameDot(y, dy, x, dx);
        assertSameDot(y, dy, w, dw);
        assertClose(db, NaiveConv.channelSums(dy, g.batch(), g.inChannels(), g.inPlane()));
    }

    @Test
    void transposedGeometryFollowsPyTorchSizes() {
        ConvGeometry up = ConvGeometry.forTransposed(new int[] {64, 128, 7, 7}, new int[] {128, 64, 4, 4}, 2, 1, 0);
        assertThat(up.inputShape()).containsExactly(64, 64, 14, 14);
        assertThat(up.outputShape()).containsExactly(64, 128, 7, 7);
        assertThat(up.weightShape()).containsExactly(128, 64, 4, 4);
        ConvGeometry odd = ConvGeometry.forTransposed(new int[] {1, 2, 4, 5}, new int[] {2, 3, 3, 3}, 2, 1, 1);
        assertThat(odd.inputShape()).containsExactly(1, 3, 8, 10);
        assertThat(odd.outputShape()).containsExactly(1, 2, 4, 5);
    }

    /** Multiplied per run of images, then per image; cut into as many chunks as weight-gradient lanes, then more. */
    static Stream<ConvGeometry> chunkedCases() {
        return Stream.of(viaGemm(11, 5, 9, 8, 5, 4, 4, 2, 1), viaGemm(10, 8, 13, 12, 3, 3, 3, 1, 1),
                viaGemm(40, 8, 10, 10, 3, 3, 3, 1, 1), viaGemm(12, 8, 18, 17, 3, 3, 3, 1, 1));
    }

    @ParameterizedTest
    @MethodSource("chunkedCases")
    void resultsAreTheSameBitsForOneOrTwoThreads(ConvGeometry g) {
        Rng rng = new Rng(8);
        float[] x = random(rng, g.inputShape()), w = random(rng, g.weightShape()), dy = random(rng, g.outputShape());
        float[] b = random(rng, g.outChannels());
        assertThat(ConvChunks.of(g).count()).isGreaterThan(2);
        Consumer<float[][]> run = out -> {
            Conv2d.forward(g, x, w, b, out[0]);
            Conv2d.backwardInput(g, dy, w, out[1]);
            Conv2d.backwardWeight(g, x, dy, out[2]);
        };
        float[][] single = outputs(g), dual = outputs(g);
        int saved = Conv2d.threads();
        try {
            Conv2d.setThreads(1);
            run.accept(single);
            Conv2d.setThreads(2);
            run.accept(dual);
        } finally {
            Conv2d.setThreads(saved);
        }
        for (int i = 0; i < single.length; i++) assertThat(dual[i]).containsExactly(single[i]);
    }

    /** The small-patch kernels spread images over the engine's threads; their results must not depend on how many. */
    @ParameterizedTest
    @MethodSource("smallPatchCases")
    void smallPatchResultsAreTheSameBitsForAnyEngineThreadCount(ConvGeometry g) {
        Rng rng = new Rng(9);
        float[] x = random(rng, g.inputShape()), w = random(rng, g.weightShape()), dy = random(rng, g.outputShape());
        float[] b = random(rng, g.outChannels()), imageBias = random(rng, g.inChannels());
        Consumer<float[][]> run = out -> {
            Conv2d.forward(g, x, w, b, out[0]);
            Conv2d.backwardInput(g, dy, w, out[1]);
            Conv2d.backwardWeight(g, x, dy, out[2]);
            Conv2d.transposeForward(g, dy, w, imageBias, out[3]);
        };
        int saved = Parallel.threads();
        try {
            float[][] expected = null;
            for (int threads : new int[] {1, 2, 3}) {
                Parallel.setThreads(threads);
                float[][] got = {new float[size(g.outputShape())], new float[size(g.inputShape())],
                        new float[size(g.weightShape())], new float[size(g.inputShape())]};
                run.accept(got);
                if (expected == null) expected = got;
                for (int i = 0; i < got.length; i++) assertThat(got[i]).as("output %d, %d threads", i, threads).containsExactly(expected[i]);
            }
        } finally {
            Parallel.setThreads(saved);
        }
    }

    static Stream<ConvGeometry> smallPatchCases() {
        return Stream.of(smallPatch(9, 1, 17, 19, 21, 3, 3, 1, 1), smallPatch(6, 2, 14, 15, 19, 4, 4, 2, 1),
                smallPatch(5, 1, 28, 28, 64, 4, 4, 2, 1));
    }

    @Test
    void largePatchesStayOnGemm() {
        assertThat(Conv2d.usesGemm(ConvGeometry.forConv(new int[] {64, 64, 14, 14}, new int[] {128, 64, 4, 4}, 2, 1))).isTrue();
        assertThat(Conv2d.usesGemm(ConvGeometry.forConv(new int[] {64, 1, 28, 28}, new int[] {64, 1, 4, 4}, 2, 1))).isFalse();
    }

    @Test
    void mismatchedShapesNameTheOpAndShapes() {
        ConvGeometry g = new ConvGeometry(2, 3, 5, 5, 4, 3, 3, 1, 1);
        float[] x = new float[2 * 3 * 25], w = new float[4 * 3 * 9], y = new float[2 * 4 * 25];
        assertThatThrownBy(() -> Conv2d.forward(g, new float[7], w, null, y))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv2d").hasMessageContaining("[2, 3, 5, 5]");
        assertThatThrownBy(() -> Conv2d.forward(g, x, w, new float[3], y))
                .isInstanceOf(ShapeException.class).hasMessageContaining("bias").hasMessageContaining("[4]");
        assertThatThrownBy(() -> Conv2d.backwardWeight(g, x, y, new float[5]))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv2d_backward_weight")
                .hasMessageContaining("[4, 3, 3, 3]");
        assertThatThrownBy(() -> ConvGeometry.forConv(new int[] {2, 3, 5, 5}, new int[] {4, 2, 3, 3}, 1, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("[2, 3, 5, 5]").hasMessageContaining("[4, 2, 3, 3]");
        assertThatThrownBy(() -> ConvGeometry.forConv(new int[] {2, 3, 5}, new int[] {4, 3, 3, 3}, 1, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("not 4-D");
        assertThatThrownBy(() -> ConvGeometry.forConv(new int[] {1, 1, 2, 2}, new int[] {1, 1, 5, 5}, 1, 1))
                .isInstanceOf(ShapeException.class).hasMessageContaining("larger than padded input");
        assertThatThrownBy(() -> ConvGeometry.forTransposed(new int[] {1, 2, 4, 4}, new int[] {2, 3, 4, 4}, 2, 1, 2))
                .isInstanceOf(ShapeException.class).hasMessageContaining("conv_transpose2d").hasMessageContaining("output padding");
        assertThatThrownBy(() -> ConvGeometry.forTransposed(new int[] {1, 2, 4, 4}, new int[] {3, 3, 4, 4}, 2, 1, 0))
                .isInstanceOf(ShapeException.class).hasMessageContaining("[1, 2, 4, 4]").hasMessageContaining("[3, 3, 4, 4]");
    }

    private static float[][] outputs(ConvGeometry g) {
        return new float[][] {new float[size(g.outputShape())], new float[size(g.inputShape())], new float[size(g.weightShape())]};
    }

    /** {@code <a, b> == <c, d>} up to float rounding of the kernels' outputs. */
    private static void assertSameDot(float[] a, float[] b, float[] c, float[] d) {
        double left = 0, right = 0, scale = 0;
        for (int i = 0; i < a.length; i++) {
            left += (double) a[i] * b[i];
            scale += Math.abs((double) a[i] * b[i]);
        }
        for (int i = 0; i < c.length; i++) right += (double) c[i] * d[i];
        assertThat(scale).isGreaterThan(0);
        assertThat(right).isCloseTo(left, within(1e-5 * scale));
    }

    private static void assertClose(float[] actual, NaiveConv.Result expected) {
        assertThat(actual).hasSameSizeAs(expected.values());
        for (int i = 0; i < actual.length; i++) {
            double tolerance = 1e-6 * expected.magnitudes()[i] + 1e-7;
            assertThat((double) actual[i]).as("element %d", i).isCloseTo(expected.values()[i], within(tolerance));
        }
    }

    private static float[] random(Rng rng, int... shape) {
        float[] a = new float[size(shape)];
        for (int i = 0; i < a.length; i++) a[i] = rng.nextFloat() * 2 - 1;
        return a;
    }

    private static float[] filledWithNaN(int size) {
        float[] a = new float[size];
        java.util.Arrays.fill(a, Float.NaN);
        return a;
    }

    private static int size(int... shape) {
        return io.gan4j.tensor.Shape.size(shape);
    }
}
