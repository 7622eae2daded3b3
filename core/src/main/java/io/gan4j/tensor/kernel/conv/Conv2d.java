package io.gan4j.tensor.kernel.conv;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.kernel.gemm.Gemm;
import io.gan4j.tensor.kernel.parallel.ParallelRange;

/**
 * Raw 2-D convolution kernels on NCHW float arrays (no autograd), built on im2col / col2im and {@link Gemm}, or for
 * small patches (see {@link SmallPatchConv#MAX_PATCH}) on direct per-image kernels that spread the batch over the
 * engine's threads. Every method takes the {@link ConvGeometry} of the direct convolution and overwrites its output.
 *
 * <p>Gradient correspondences, for {@code y = conv2d(x, w) + b} with geometry {@code g}:
 * <ul>
 *   <li>dx = {@link #backwardInput}(g, dy, w), dw = {@link #backwardWeight}(g, x, dy), db = {@link #backwardBias}(g, dy).</li>
 * </ul>
 * For {@code y = conv_transpose2d(x, w) + b} with {@code g = ConvGeometry.forTransposed(...)}, computed by
 * {@link #transposeForward}(g, x, w, b) (x has the column-side shape, y the image-side shape):
 * <ul>
 *   <li>dx = {@link #forward}(g, dy, w, null) (a direct convolution of the output gradient),</li>
 *   <li>dw = {@link #backwardWeight}(g, dy, x) (roles swapped: dy is the image, x the column side),</li>
 *   <li>db = {@link #transposeBackwardBias}(g, dy).</li>
 * </ul>
 * {@code transposeForward} without bias is {@code backwardInput}, so the pairs above are adjoint to each other.
 *
 * <p>Outputs are overwritten, never accumulated into: a caller that sums gradients adds the result itself.
 * Shape mistakes (array lengths that do not match the geometry) throw {@link ShapeException} naming the op.
 *
 * <p>Batches are cut into runs of images, one GEMM per run (or per image), spread over {@link #threads()}
 * threads that call {@link Gemm#sgemm} concurrently. The cut and every sum's order depend only on the geometry,
 * so results are identical for any thread count. The methods may be called from several threads at once:
 * scratch arrays are per thread.
 */
public final class Conv2d {
    /**
     * Threads that take batch chunks; by default 1: the chunks run one after another and each
     * GEMM spreads over the engine's threads itself, which measured faster than splitting the
     * batch (bench conv, 2 cores: 116 against 105 GFLOP/s over the DCGAN layers).
     */
    private static volatile int threads = 1;

    private Conv2d() {}

    /** Threads used to spread a batch over GEMM chunks (results do not depend on it); small patches use the engine's. */
    public static int threads() {
        return threads;
    }

    public static void setThreads(int count) {
        if (count < 1) throw new IllegalArgumentException("conv2d: thread count must be at least 1, got " + count);
        threads = count;
    }

    /** y [N,F,OH,OW] = conv2d(x [N,C,H,W], w [F,C,KH,KW]) + bias [F]; bias may be null. */
    public static void forward(ConvGeometry g, float[] x, float[] w, float[] bias, float[] y) {
        String op = "conv2d";
        requireSize(op, "input", x, g.inputShape());
        requireSize(op, "weight", w, g.weightShape());
        if (bias != null) requireSize(op, "bias", bias, g.outChannels());
        requireSize(op, "output", y, g.outputShape());
        if (SmallPatchConv.applies(g)) {
            SmallPatchConv.forward(g, x, w, bias, y);
            return;
        }
        ConvChunks chunks = ConvChunks.of(g);
        Im2col im2col = Im2col.of(g, chunks);
        ParallelRange.run(chunks.count(), threads(), chunk -> ChunkConv.forward(g, chunks, im2col, chunk, x, w, bias, y));
    }

    /** dx [N,C,H,W] = gradient of conv2d's input given dy [N,F,OH,OW] and w [F,C,KH,KW]. */
    public static void backwardInput(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        String op = "conv2d_backward_input";
        requireSize(op, "output gradient", dy, g.outputShape());
        requireSize(op, "weight", w, g.weightShape());
        requireSize(op, "input gradient", dx, g.inputShape());
        unfoldedAdjoint(g, dy, w, null, dx);
    }

    /** dw [F,C,KH,KW] = gradient of conv2d's weight given x [N,C,H,W] and dy [N,F,OH,OW], summed over the batch. */
    public static void backwardWeight(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        String op = "conv2d_backward_weight";
        requireSize(op, "input", x, g.inputShape());
        requireSize(op, "output gradient", dy, g.outputShape());
        requireSize(op, "weight gradient", dw, g.weightShape());
        if (SmallPatchConv.applies(g)) {
            SmallPatchConv.weightGradient(g, x, dy, dw);
            return;
        }
        ConvChunks chunks = ConvChunks.of(g);
        Im2col im2col = Im2col.of(g, chunks);
        int size = dw.length, lanes = chunks.lanes();
        float[] partials = ConvScratch.get().partials((lanes - 1) * size);
        ParallelRange.run(lanes, threads(), lane -> {
            float[] target = lane == 0 ? dw : partials;
            int offset = lane == 0 ? 0 : (lane - 1) * size;
            for (int chunk = lane; chunk < chunks.count(); chunk += lanes) {
                ChunkConv.weightGradient(g, chunks, im2col, chunk, x, dy, target, offset, chunk == lane);
            }
        });
        addPartials(dw, partials, lanes - 1);
    }

    /** db [F] = sum of dy [N,F,OH,OW] over batch and positions. */
    public static void backwardBias(ConvGeometry g, float[] dy, float[] db) {
        requireSize("conv2d_backward_bias", "output gradient", dy, g.outputShape());
        requireSize("conv2d_backward_bias", "bias gradient", db, g.outChannels());
        channelSums(dy, g.batch(), g.outChannels(), g.outPlane(), db);
    }

    /**
     * y [N,C,H,W] = conv_transpose2d(x [N,F,OH,OW], w [F,C,KH,KW]) + bias [C]; bias may be null.
     * In PyTorch terms x is {@code [N, in, H, W]} and w {@code [in, out, KH, KW]}; see {@link ConvGeometry#forTransposed}.
     */
    public static void transposeForward(ConvGeometry g, float[] x, float[] w, float[] bias, float[] y) {
        String op = "conv_transpose2d";
        requireSize(op, "input", x, g.outputShape());
        requireSize(op, "weight", w, g.weightShape());
        if (bias != null) requireSize(op, "bias", bias, g.inChannels());
        requireSize(op, "output", y, g.inputShape());
        unfoldedAdjoint(g, x, w, bias, y);
    }

    /** db [C] = sum of a transposed convolution's output gradient dy [N,C,H,W] over batch and positions. */
    public static void transposeBackwardBias(ConvGeometry g, float[] dy, float[] db) {
        requireSize("conv_transpose2d_backward_bias", "output gradient", dy, g.inputShape());
        requireSize("conv_transpose2d_backward_bias", "bias gradient", db, g.inChannels());
        channelSums(dy, g.batch(), g.inChannels(), g.inPlane(), db);
    }

    /** image = fold(w^T * columnSide) + bias: the adjoint of the convolution, shared by backwardInput and transposeForward. */
    private static void unfoldedAdjoint(ConvGeometry g, float[] columnSide, float[] w, float[] bias, float[] image) {
        if (SmallPatchConv.applies(g)) {
            SmallPatchConv.adjoint(g, columnSide, w, bias, image);
            return;
        }
        ConvChunks chunks = ConvChunks.of(g);
        Im2col im2col = Im2col.of(g, chunks);
        ParallelRange.run(chunks.count(), threads(), chunk -> ChunkConv.adjoint(g, chunks, im2col, chunk, columnSide, w, bias, image));
    }

    /** Whether this geometry's kernels multiply with GEMM (false: the direct small-patch kernels). */
    public static boolean usesGemm(ConvGeometry g) {
        return !SmallPatchConv.applies(g);
    }

    /** dw += partials[0] + partials[1] + ..., in that order for every element. */
    private static void addPartials(float[] dw, float[] partials, int count) {
        if (count == 0) return;
        int size = dw.length, slices = Math.min(threads(), Math.ceilDiv(size, 4096));
        int slice = Math.ceilDiv(size, slices);
        ParallelRange.run(slices, threads(), s -> {
            int from = s * slice, to = Math.min(size, from + slice);
            for (int p = 0; p < count; p++) {
                int base = p * size;
                for (int e = from; e < to; e++) dw[e] += partials[base + e];
            }
        });
    }

    /** Bias gradients over the engine's threads (not {@link #threads()}): there is no GEMM inside to use them. */
    private static void channelSums(float[] values, int batch, int channels, int plane, float[] sums) {
        ChannelSums.of(values, batch, channels, plane, sums);
    }

    private static void requireSize(String op, String what, float[] array, int... shape) {
        if (array == null) throw new NullPointerException(op + ": " + what + " array is null");
        if (array.length != Shape.size(shape)) {
            throw new ShapeException(op + ": " + what + " has " + array.length + " values, expected shape "
                    + Shape.str(shape) + " (" + Shape.size(shape) + " values)");
        }
    }
}
