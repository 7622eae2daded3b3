package io.gan4j.tensor.kernel;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Unfolds a run of images into a column matrix and folds it back, for one geometry and chunking.
 *
 * <p>The column matrix has one row per kernel tap {@code (c, kh, kw)} and one column per output position of
 * every image in the run: column {@code i * OH*OW + oh * OW + ow} for the run's i-th image; its row stride is
 * {@code images * OH*OW}. Padding positions are zeros.
 *
 * <p>A table built once per call gives, for each tap, the offset of the pixel behind every entry of a
 * column-matrix row, and a flag for whether it lies inside the image (not in the padding); the inner loops are
 * masked vector gathers (unfold) and gather-add-scatters (fold) along that table.
 */
final class Im2col {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;

    private final ConvGeometry g;
    private final int tableStride;
    /**
     * offsets[tap * tableStride + i * OH*OW + y * OW + x]: pixel read for that tap and output, from image 0's plane
     * (0 in the padding, so that every lane's index is in bounds, as the vector API checks even masked-off lanes).
     */
    private final int[] offsets;
    /** inside[same index]: false where the tap falls in the padding. */
    private final boolean[] inside;

    private Im2col(ConvGeometry g, int imagesPerChunk) {
        this.g = g;
        this.tableStride = imagesPerChunk * g.outPlane();
        int size = g.kernelHeight() * g.kernelWidth() * tableStride;
        this.offsets = new int[size];
        this.inside = new boolean[size];
        fillTables(imagesPerChunk);
    }

    static Im2col of(ConvGeometry g, ConvChunks chunks) {
        return new Im2col(g, chunks.imagesPerChunk());
    }

    /** cols = unfold(x[first .. first+images)). */
    void unfold(float[] x, int first, int images, float[] cols) {
        int ld = images * g.outPlane(), taps = g.kernelHeight() * g.kernelWidth();
        for (int c = 0, row = 0; c < g.inChannels(); c++) {
            int base = (first * g.inChannels() + c) * g.inPlane();
            for (int tap = 0; tap < taps; tap++, row++) gather(x, base, tap * tableStride, cols, row * ld, ld);
        }
    }

    /**
     * dx[first .. first+images) = fold(cols): every column entry is added back to the pixel it was read from,
     * taps in row order, so each pixel's sum has a fixed order.
     */
    void fold(float[] cols, float[] dx, int first, int images) {
        int imageSize = g.inChannels() * g.inPlane();
        Arrays.fill(dx, first * imageSize, (first + images) * imageSize, 0f);
        int ld = images * g.outPlane(), taps = g.kernelHeight() * g.kernelWidth();
        for (int c = 0, row = 0; c < g.inChannels(); c++) {
            int base = (first * g.inChannels() + c) * g.inPlane();
            for (int tap = 0; tap < taps; tap++, row++) scatterAdd(cols, row * ld, dx, base, tap * tableStride, ld);
        }
    }

    private void gather(float[] src, int base, int table, float[] cols, int to, int count) {
        int e = 0;
        for (int end = LANES.loopBound(count); e < end; e += LANES.length()) {
            VectorMask<Float> mask = VectorMask.fromArray(LANES, inside, table + e);
            FloatVector.fromArray(LANES, src, base, offsets, table + e, mask).intoArray(cols, to + e);
        }
        for (; e < count; e++) cols[to + e] = inside[table + e] ? src[base + offsets[table + e]] : 0f;
    }

    /** Offsets within one tap row are distinct (one tap never reads a pixel twice), so lanes never collide. */
    private void scatterAdd(float[] cols, int from, float[] dst, int base, int table, int count) {
        int e = 0;
        for (int end = LANES.loopBound(count); e < end; e += LANES.length()) {
            VectorMask<Float> mask = VectorMask.fromArray(LANES, inside, table + e);
            FloatVector.fromArray(LANES, dst, base, offsets, table + e, mask)
                    .add(FloatVector.fromArray(LANES, cols, from + e))
                    .intoArray(dst, base, offsets, table + e, mask);
        }
        for (; e < count; e++) {
            if (inside[table + e]) dst[base + offsets[table + e]] += cols[from + e];
        }
    }

    private void fillTables(int images) {
        int oh = g.outHeight(), ow = g.outWidth(), s = g.stride(), p = g.padding();
        int h = g.inHeight(), w = g.inWidth(), imageStride = g.inChannels() * g.inPlane();
        int e = 0;
        for (int kh = 0; kh < g.kernelHeight(); kh++) {
            for (int kw = 0; kw < g.kernelWidth(); kw++) {
                for (int i = 0; i < images; i++) {
                    for (int y = 0; y < oh; y++) {
                        int ih = y * s - p + kh;
                        for (int x = 0; x < ow; x++) {
                            int iw = x * s - p + kw;
                            boolean in = ih >= 0 && ih < h && iw >= 0 && iw < w;
                            inside[e] = in;
                            offsets[e] = in ? i * imageStride + ih * w + iw : 0;
                            e++;
                        }
                    }
                }
            }
        }
    }
}
