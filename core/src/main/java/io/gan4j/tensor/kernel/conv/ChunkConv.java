package io.gan4j.tensor.kernel.conv;

/**
 * The per-chunk work of the convolution kernels: unfold / fold a run of images and multiply with GEMM.
 * A chunk writes only its own images (or its own partial sum), using the running thread's scratch arrays.
 * Column-matrix width {@code ld = images * OH*OW}; image i's columns start at {@code i * OH*OW}.
 */
final class ChunkConv {
    private ChunkConv() {}

    /** y[chunk] = w * unfold(x[chunk]) + bias. */
    static void forward(ConvGeometry g, ConvChunks chunks, Im2col im2col, int chunk, float[] x, float[] w,
                        float[] bias, float[] y) {
        int first = chunks.first(chunk), images = chunks.images(chunk);
        int f = g.outChannels(), k = g.patchSize(), plane = g.outPlane(), ld = images * plane;
        ConvScratch scratch = ConvScratch.get();
        float[] cols = scratch.columns(k * ld);
        im2col.unfold(x, first, images, cols);
        if (chunks.gemmPerImage()) {
            for (int i = 0; i < images; i++) {
                int offset = (first + i) * f * plane;
                ConvGemm.multiply(false, false, f, plane, k, w, 0, k, cols, i * plane, ld, 0f, y, offset, plane);
                if (bias != null) addChannelBias(y, offset, f, plane, bias);
            }
            return;
        }
        float[] product = scratch.gathered(f * ld);
        ConvGemm.multiply(false, false, f, ld, k, w, 0, k, cols, 0, ld, 0f, product, 0, ld);
        scatter(g, product, first, images, bias, y);
    }

    /** image[chunk] = fold(w^T * columnSide[chunk]) + bias (bias over the image side's channels; may be null). */
    static void adjoint(ConvGeometry g, ConvChunks chunks, Im2col im2col, int chunk, float[] columnSide, float[] w,
                        float[] bias, float[] image) {
        int first = chunks.first(chunk), images = chunks.images(chunk);
        int f = g.outChannels(), k = g.patchSize(), plane = g.outPlane(), ld = images * plane;
        ConvScratch scratch = ConvScratch.get();
        float[] cols = scratch.columns(k * ld);
        if (chunks.gemmPerImage()) {
            for (int i = 0; i < images; i++) {
                int offset = (first + i) * f * plane;
                ConvGemm.multiply(true, false, k, plane, f, w, 0, k, columnSide, offset, plane, 0f, cols, i * plane, ld);
            }
        } else {
            float[] source = gather(g, columnSide, first, images, scratch.gathered(f * ld));
            ConvGemm.multiply(true, false, k, ld, f, w, 0, k, source, 0, ld, 0f, cols, 0, ld);
        }
        im2col.fold(cols, image, first, images);
        if (bias == null) return;
        for (int i = 0; i < images; i++) {
            addChannelBias(image, (first + i) * g.inChannels() * g.inPlane(), g.inChannels(), g.inPlane(), bias);
        }
    }

    /** target[offset..] (=|+=) dy[chunk] * unfold(x[chunk])^T, this chunk's share of the weight gradient. */
    static void weightGradient(ConvGeometry g, ConvChunks chunks, Im2col im2col, int chunk, float[] x, float[] dy,
                               float[] target, int offset, boolean overwrite) {
        int first = chunks.first(chunk), images = chunks.images(chunk);
        int f = g.outChannels(), k = g.patchSize(), plane = g.outPlane(), ld = images * plane;
        ConvScratch scratch = ConvScratch.get();
        float[] cols = scratch.columns(k * ld);
        im2col.unfold(x, first, images, cols);
        if (chunks.gemmPerImage()) {
            for (int i = 0; i < images; i++) {
                int dyOffset = (first + i) * f * plane;
                ConvGemm.multiply(false, true, f, k, plane, dy, dyOffset, plane, cols, i * plane, ld,
                        overwrite && i == 0 ? 0f : 1f, target, offset, k);
            }
            return;
        }
        float[] source = gather(g, dy, first, images, scratch.gathered(f * ld));
        ConvGemm.multiply(false, true, f, k, ld, source, 0, ld, cols, 0, ld, overwrite ? 0f : 1f, target, offset, k);
    }

    /** Copies column-side images [images, F, plane] into one [F, images*plane] matrix. */
    private static float[] gather(ConvGeometry g, float[] values, int first, int images, float[] out) {
        int f = g.outChannels(), plane = g.outPlane(), width = images * plane;
        for (int i = 0; i < images; i++) {
            for (int c = 0; c < f; c++) {
                System.arraycopy(values, ((first + i) * f + c) * plane, out, c * width + i * plane, plane);
            }
        }
        return out;
    }

    /** The inverse of gather, adding the bias on the way. */
    private static void scatter(ConvGeometry g, float[] product, int first, int images, float[] bias, float[] y) {
        int f = g.outChannels(), plane = g.outPlane(), width = images * plane;
        for (int i = 0; i < images; i++) {
            for (int c = 0; c < f; c++) {
                int from = c * width + i * plane, to = ((first + i) * f + c) * plane;
                if (bias == null) {
                    System.arraycopy(product, from, y, to, plane);
                } else {
                    float b = bias[c];
                    for (int p = 0; p < plane; p++) y[to + p] = product[from + p] + b;
                }
            }
        }
    }

    /** Adds bias[c] to every value of channel c of one image [channels, plane] starting at offset. */
    static void addChannelBias(float[] values, int offset, int channels, int plane, float[] bias) {
        for (int c = 0; c < channels; c++) {
            float b = bias[c];
            int base = offset + c * plane;
            for (int p = 0; p < plane; p++) values[base + p] += b;
        }
    }
}
