package io.gan4j.tensor.kernel;

import java.util.Arrays;

/**
 * Unfolds a run of images into a column matrix and folds it back.
 *
 * <p>The column matrix has one row per kernel tap {@code (c, kh, kw)} and one column per output position of
 * every image in the run: column {@code i * OH*OW + oh * OW + ow} for the run's i-th image; its row stride is
 * {@code images * OH*OW}. Padding positions are zeros. The valid output range of each tap is worked out once,
 * so the inner loops carry no bounds tests.
 */
final class Im2col {
    private Im2col() {}

    /** cols = unfold(x[first .. first+images)). */
    static void unfold(ConvGeometry g, float[] x, int first, int images, float[] cols) {
        int oh = g.outHeight(), ow = g.outWidth(), outPlane = g.outPlane(), ld = images * outPlane;
        int s = g.stride(), p = g.padding(), w = g.inWidth();
        int row = 0;
        for (int c = 0; c < g.inChannels(); c++) {
            for (int kh = 0; kh < g.kernelHeight(); kh++) {
                int yLo = validStart(p - kh, s, oh), yHi = validEnd(g.inHeight() - 1 + p - kh, s, oh, yLo);
                for (int kw = 0; kw < g.kernelWidth(); kw++, row++) {
                    int xLo = validStart(p - kw, s, ow), xHi = validEnd(w - 1 + p - kw, s, ow, xLo);
                    for (int i = 0; i < images; i++) {
                        int plane = ((first + i) * g.inChannels() + c) * g.inPlane();
                        int colBase = row * ld + i * outPlane;
                        Arrays.fill(cols, colBase, colBase + yLo * ow, 0f);
                        for (int y = yLo; y < yHi; y++) {
                            int to = colBase + y * ow;
                            int from = plane + (y * s - p + kh) * w + xLo * s - p + kw;
                            Arrays.fill(cols, to, to + xLo, 0f);
                            copyStrided(x, from, s, cols, to + xLo, xHi - xLo);
                            Arrays.fill(cols, to + xHi, to + ow, 0f);
                        }
                        Arrays.fill(cols, colBase + yHi * ow, colBase + outPlane, 0f);
                    }
                }
            }
        }
    }

    /**
     * dx[first .. first+images) = fold(cols): zeroes those images, then adds every column entry back to the pixel
     * it was read from, taps in row order, so each pixel's sum has a fixed order.
     */
    static void fold(ConvGeometry g, float[] cols, float[] dx, int first, int images) {
        int imageSize = g.inChannels() * g.inPlane();
        Arrays.fill(dx, first * imageSize, (first + images) * imageSize, 0f);
        int oh = g.outHeight(), ow = g.outWidth(), outPlane = g.outPlane(), ld = images * outPlane;
        int s = g.stride(), p = g.padding(), w = g.inWidth();
        int row = 0;
        for (int c = 0; c < g.inChannels(); c++) {
            for (int kh = 0; kh < g.kernelHeight(); kh++) {
                int yLo = validStart(p - kh, s, oh), yHi = validEnd(g.inHeight() - 1 + p - kh, s, oh, yLo);
                for (int kw = 0; kw < g.kernelWidth(); kw++, row++) {
                    int xLo = validStart(p - kw, s, ow), xHi = validEnd(w - 1 + p - kw, s, ow, xLo);
                    for (int i = 0; i < images; i++) {
                        int plane = ((first + i) * g.inChannels() + c) * g.inPlane();
                        int colBase = row * ld + i * outPlane;
                        for (int y = yLo; y < yHi; y++) {
                            int from = colBase + y * ow + xLo;
                            int to = plane + (y * s - p + kh) * w + xLo * s - p + kw;
                            addStrided(cols, from, dx, to, s, xHi - xLo);
                        }
                    }
                }
            }
        }
    }

    private static void copyStrided(float[] src, int from, int stride, float[] dst, int to, int n) {
        if (stride == 1) {
            System.arraycopy(src, from, dst, to, n);
            return;
        }
        for (int k = 0; k < n; k++) dst[to + k] = src[from + k * stride];
    }

    private static void addStrided(float[] src, int from, float[] dst, int to, int stride, int n) {
        for (int k = 0; k < n; k++) dst[to + k * stride] += src[from + k];
    }

    /** First output index o with o*stride >= need (need = padding - tap), clamped to [0, count]. */
    private static int validStart(int need, int stride, int count) {
        return Math.min(count, Math.max(0, Math.ceilDiv(need, stride)));
    }

    /** One past the last output index o with o*stride <= limit, clamped to [start, count]. */
    private static int validEnd(int limit, int stride, int count, int start) {
        return Math.max(start, Math.min(count, Math.floorDiv(limit, stride) + 1));
    }
}
