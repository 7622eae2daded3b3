package io.gan4j.tensor.kernel;

/**
 * The per-chunk work of the convolution kernels: unfold / fold a run of images and multiply with one GEMM.
 * A chunk writes only its own images (or its own partial sum), using the running thread's scratch arrays.
 */
final class ConvPasses {
    private ConvPasses() {}

    /** y[chunk] = w * unfold(x[chunk]) + bias. */
    static void forward(ConvGeometry g, ConvChunks chunks, int chunk, float[] x, float[] w, float[] bias, float[] y) {
        int first = chunks.first(chunk), images = chunks.images(chunk);
        int f = g.outChannels(), k = g.patchSize(), width = images * g.outPlane();
        ConvScratch scratch = ConvScratch.get();
        float[] cols = scratch.columns(k * width);
        Im2col.unfold(g, x, first, images, cols);
        if (images == 1) {
            int offset = first * f * g.outPlane();
            GemmTimer.multiply(false, false, f, width, k, w, 0, k, cols, 0, width, y, offset, width);
            if (bias != null) addRowBias(y, offset, f, width, bias);
            return;
        }
        float[] product = scratch.gathered(f * width);
        GemmTimer.multiply(false, false, f, width, k, w, 0, k, cols, 0, width, product, 0, width);
        scatter(g, product, first, images, bias, y);
    }

    /** image[chunk] = fold(w^T * columnSide[chunk]). */
    static void adjoint(ConvGeometry g, ConvChunks chunks, int chunk, float[] columnSide, float[] w, float[] image) {
        int first = chunks.first(chunk), images = chunks.images(chunk);
        int f = g.outChannels(), k = g.patchSize(), width = images * g.outPlane();
        ConvScratch scratch = ConvScratch.get();
        float[] source = images == 1 ? columnSide : gather(g, columnSide, first, images, scratch.gathered(f * width));
        int offset = images == 1 ? first * f * g.outPlane() : 0;
        float[] cols = scratch.columns(k * width);
        GemmTimer.multiply(true, false, k, width, f, w, 0, k, source, offset, width, cols, 0, width);
        Im2col.fold(g, cols, image, first, images);
    }

    /** target[offset..] = dy[chunk] * unfold(x[chunk])^T, this chunk's share of the weight gradient. */
    static void weightGradient(ConvGeometry g, ConvChunks chunks, int chunk, float[] x, float[] dy,
                               float[] target, int offset) {
        int first = chunks.first(chunk), images = chunks.images(chunk);
        int f = g.outChannels(), k = g.patchSize(), width = images * g.outPlane();
        ConvScratch scratch = ConvScratch.get();
        float[] source = images == 1 ? dy : gather(g, dy, first, images, scratch.gathered(f * width));
        int dyOffset = images == 1 ? first * f * g.outPlane() : 0;
        float[] cols = scratch.columns(k * width);
        Im2col.unfold(g, x, first, images, cols);
        GemmTimer.multiply(false, true, f, k, width, source, dyOffset, width, cols, 0, width, target, offset, k);
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

    private static void addRowBias(float[] y, int offset, int rows, int width, float[] bias) {
        for (int r = 0; r < rows; r++) {
            float b = bias[r];
            int base = offset + r * width;
            for (int p = 0; p < width; p++) y[base + p] += b;
        }
    }
}
