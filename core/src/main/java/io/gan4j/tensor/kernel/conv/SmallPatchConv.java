package io.gan4j.tensor.kernel.conv;

import io.gan4j.tensor.kernel.parallel.Parallel;
import io.gan4j.tensor.kernel.parallel.ParallelRange;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Direct convolution kernels for small patches (few input channels times kernel taps), which {@link Conv2d} uses
 * instead of im2col + GEMM: with a patch of k values the GEMMs have an inner dimension of only k, too short to pay
 * for packing. Each image is unfolded on its own, into a column matrix that stays in cache ({@link PatchColumns},
 * {@link PatchRows}), and multiplied in registers ({@link PlaneProduct}, {@link PatchWeightGradient}).
 *
 * <p>Images are spread over the engine's threads ({@link Parallel}). Forward and input gradient compute each image
 * on its own; the weight gradient keeps a fixed number of partial sums over contiguous runs of images, added in a fixed
 * order at the end. So results are the same bits for any thread count.
 */
final class SmallPatchConv {
    /**
     * Largest patch (C*KH*KW) taken by these kernels. Against im2col + GEMM (4x4 kernels, batch 64, 2 cores), every
     * pass was faster here up to 64 on 14x14, 7x7 and 64x64 output planes: forward + both gradients at k = 16 took
     * 0.43 against 1.65 ms (14x14) and 0.32 against 0.91 ms (7x7), at k = 64 1.56 against 3.05, 1.03 against 1.50, and
     * 45 against 60 ms (64x64). From k = 96 GEMM's forward wins on 7x7 planes (134 against 129 GFLOP/s), at k = 256
     * GEMM wins there overall, and the wide DCGAN layers (k = 1024) ran at a quarter to a half of GEMM's rate.
     */
    static final int MAX_PATCH = 64;
    /** Weight-gradient partial sums: the batch is cut into this many contiguous runs, summed in this order. */
    private static final int PARTIAL_SUMS = 4;
    /** Unfold tables by per-image geometry (batch 1). */
    private static final ShapeTables<ConvGeometry, PatchColumns> COLUMNS = new ShapeTables<>(PatchColumns::new);
    private static final ShapeTables<ConvGeometry, PatchRows> BY_POSITION = new ShapeTables<>(PatchRows::new);

    private SmallPatchConv() {}

    static boolean applies(ConvGeometry g) {
        return g.patchSize() <= MAX_PATCH;
    }

    /** y = conv2d(x, w) + bias, as {@link Conv2d#forward}. */
    static void forward(ConvGeometry g, float[] x, float[] w, float[] bias, float[] y) {
        PatchColumns columns = COLUMNS.get(perImage(g));
        int f = g.outChannels(), k = g.patchSize(), plane = g.outPlane();
        PlaneProduct product = new PlaneProduct(w, f, k, k, 1, bias, plane, plane, true);
        eachImage(g, n -> {
            float[] cols = ConvScratch.get().columns(columns.size());
            columns.unfold(x, n, cols);
            product.multiply(cols, 0, columns.rowLength(), y, n * f * plane);
        });
    }

    /** image = fold(w^T * columnSide) + bias, as Conv2d's backwardInput and transposeForward. */
    static void adjoint(ConvGeometry g, float[] columnSide, float[] w, float[] bias, float[] image) {
        PatchColumns columns = COLUMNS.get(perImage(g));
        int f = g.outChannels(), k = g.patchSize(), plane = g.outPlane();
        PlaneProduct product = new PlaneProduct(w, k, f, 1, k, null, plane, columns.rowLength(), false);
        eachImage(g, n -> {
            float[] cols = ConvScratch.get().columns(columns.size());
            product.multiply(columnSide, n * f * plane, plane, cols, 0);
            columns.fold(cols, image, n, bias);
        });
    }

    /** dw = sum over the batch of dy * unfold(x)^T, as {@link Conv2d#backwardWeight}. */
    static void weightGradient(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        PatchRows patches = BY_POSITION.get(perImage(g));
        int f = g.outChannels(), plane = g.outPlane(), parts = Math.min(PARTIAL_SUMS, g.batch());
        PatchWeightGradient gradient = new PatchWeightGradient(f, plane, patches.rowLength());
        int size = gradient.size();
        float[] sums = ConvScratch.get().partials(parts * size);
        ParallelRange.run(parts, Parallel.threads(), part -> {
            Arrays.fill(sums, part * size, (part + 1) * size, 0f);
            float[] cols = ConvScratch.get().columns(patches.size());
            for (int n = firstImage(g, part, parts); n < firstImage(g, part + 1, parts); n++) {
                patches.unfold(x, n, cols);
                gradient.accumulate(dy, n * f * plane, cols, sums, part * size);
            }
        });
        addUp(sums, parts, f, g.patchSize(), patches.rowLength(), dw);
    }

    private static int firstImage(ConvGeometry g, int part, int parts) {
        return (int) ((long) part * g.batch() / parts);
    }

    /** dw[f, t] = part 0 + part 1 + ... of sums[part][f * width + t], in that order. */
    private static void addUp(float[] sums, int parts, int filters, int taps, int width, float[] dw) {
        int size = filters * width;
        for (int f = 0; f < filters; f++) {
            for (int t = 0; t < taps; t++) {
                float total = sums[f * width + t];
                for (int part = 1; part < parts; part++) total += sums[part * size + f * width + t];
                dw[f * taps + t] = total;
            }
        }
    }

    private static ConvGeometry perImage(ConvGeometry g) {
        return new ConvGeometry(1, g.inChannels(), g.inHeight(), g.inWidth(), g.outChannels(),
                g.kernelHeight(), g.kernelWidth(), g.stride(), g.padding());
    }

    private static void eachImage(ConvGeometry g, IntConsumer image) {
        ParallelRange.run(g.batch(), Parallel.threads(), image);
    }
}
