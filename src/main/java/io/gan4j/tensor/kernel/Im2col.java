package io.gan4j.tensor.kernel;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Unfolds a run of images into a column matrix and folds it back, for one geometry and chunking.
 *
 * <p>The column matrix has one row per kernel tap {@code (c, kh, kw)} and one column per output position of
 * every image in the run: column {@code i * OH*OW + oh * OW + ow} for the run's i-th image; its row stride is
 * {@code images * OH*OW}. Padding positions are zeros.
 *
 * <p>With padding, the run is first copied into a zero-bordered scratch array, so every tap of every output
 * position reads a real element. A table built once per call then gives, for each tap, the offset of every
 * element of a column-matrix row, and the inner loops are flat gathers (scatters) with no bounds tests.
 */
final class Im2col {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private final ConvGeometry g;
    private final int rowLength, planeSize, tableStride;
    /** offsets[tap * tableStride + i * OH*OW + y * OW + x]: element read for that tap and output, from image 0's plane. */
    private final int[] offsets;

    private Im2col(ConvGeometry g, int imagesPerChunk) {
        this.g = g;
        this.rowLength = g.inWidth() + 2 * g.padding();
        this.planeSize = (g.inHeight() + 2 * g.padding()) * rowLength;
        this.tableStride = imagesPerChunk * g.outPlane();
        this.offsets = tapOffsets(imagesPerChunk);
    }

    static Im2col of(ConvGeometry g, ConvChunks chunks) {
        return new Im2col(g, chunks.imagesPerChunk());
    }

    /** cols = unfold(x[first .. first+images)). */
    void unfold(float[] x, int first, int images, float[] cols) {
        float[] src = padded(x, first, images);
        int ld = images * g.outPlane(), taps = g.kernelHeight() * g.kernelWidth();
        for (int c = 0, row = 0; c < g.inChannels(); c++) {
            int base = planeStart(src == x, first, c);
            for (int tap = 0; tap < taps; tap++, row++) {
                int table = tap * tableStride, to = row * ld;
                gather(src, base, table, cols, to, ld);
            }
        }
    }

    /**
     * dx[first .. first+images) = fold(cols): every column entry is added back to the pixel it was read from,
     * taps in row order, so each pixel's sum has a fixed order.
     */
    void fold(float[] cols, float[] dx, int first, int images) {
        float[] dst = zeroedTarget(dx, first, images);
        int ld = images * g.outPlane(), taps = g.kernelHeight() * g.kernelWidth();
        for (int c = 0, row = 0; c < g.inChannels(); c++) {
            int base = planeStart(dst == dx, first, c);
            for (int tap = 0; tap < taps; tap++, row++) {
                int table = tap * tableStride, from = row * ld;
                scatterAdd(cols, from, dst, base, table, ld);
            }
        }
        if (dst != dx) crop(dst, dx, first, images);
    }

    private void gather(float[] src, int base, int table, float[] cols, int to, int count) {
        int e = 0;
        for (int end = LANES.loopBound(count); e < end; e += LANES.length()) {
            FloatVector.fromArray(LANES, src, base, offsets, table + e).intoArray(cols, to + e);
        }
        for (; e < count; e++) cols[to + e] = src[base + offsets[table + e]];
    }

    /** Offsets within one tap row are distinct (one tap never reads a pixel twice), so lanes never collide. */
    private void scatterAdd(float[] cols, int from, float[] dst, int base, int table, int count) {
        int e = 0;
        for (int end = LANES.loopBound(count); e < end; e += LANES.length()) {
            FloatVector.fromArray(LANES, dst, base, offsets, table + e)
                    .add(FloatVector.fromArray(LANES, cols, from + e))
                    .intoArray(dst, base, offsets, table + e);
        }
        for (; e < count; e++) dst[base + offsets[table + e]] += cols[from + e];
    }

    private int[] tapOffsets(int images) {
        int oh = g.outHeight(), ow = g.outWidth(), s = g.stride(), imageStride = g.inChannels() * planeSize;
        int[] table = new int[g.kernelHeight() * g.kernelWidth() * images * oh * ow];
        int e = 0;
        for (int kh = 0; kh < g.kernelHeight(); kh++) {
            for (int kw = 0; kw < g.kernelWidth(); kw++) {
                for (int i = 0; i < images; i++) {
                    for (int y = 0; y < oh; y++) {
                        for (int x = 0; x < ow; x++) table[e++] = i * imageStride + (y * s + kh) * rowLength + x * s + kw;
                    }
                }
            }
        }
        return table;
    }

    /** Start of channel c of the run's first image: in the caller's array (no padding) or in the scratch copy. */
    private int planeStart(boolean callerArray, int first, int c) {
        return ((callerArray ? first * g.inChannels() : 0) + c) * planeSize;
    }

    /** The run as unfold reads it: x itself without padding, else a zero-bordered scratch copy. */
    private float[] padded(float[] x, int first, int images) {
        if (g.padding() == 0) return x;
        int planes = images * g.inChannels(), pad = g.padding(), h = g.inHeight(), w = g.inWidth();
        float[] copy = ConvScratch.get().padded(planes * planeSize);
        Arrays.fill(copy, 0, planes * planeSize, 0f);
        for (int plane = 0; plane < planes; plane++) {
            int from = (first * g.inChannels() + plane) * g.inPlane(), to = plane * planeSize + pad * rowLength + pad;
            for (int r = 0; r < h; r++) System.arraycopy(x, from + r * w, copy, to + r * rowLength, w);
        }
        return copy;
    }

    /** Where fold accumulates, zeroed: dx's run itself without padding, else zero-bordered scratch. */
    private float[] zeroedTarget(float[] dx, int first, int images) {
        int planes = images * g.inChannels();
        if (g.padding() == 0) {
            Arrays.fill(dx, first * g.inChannels() * planeSize, (first * g.inChannels() + planes) * planeSize, 0f);
            return dx;
        }
        float[] target = ConvScratch.get().padded(planes * planeSize);
        Arrays.fill(target, 0, planes * planeSize, 0f);
        return target;
    }

    /** Copies the interior of the zero-bordered planes into dx's run. */
    private void crop(float[] padded, float[] dx, int first, int images) {
        int pad = g.padding(), h = g.inHeight(), w = g.inWidth();
        for (int plane = 0; plane < images * g.inChannels(); plane++) {
            int from = plane * planeSize + pad * rowLength + pad, to = (first * g.inChannels() + plane) * g.inPlane();
            for (int r = 0; r < h; r++) System.arraycopy(padded, from + r * rowLength, dx, to + r * w, w);
        }
    }
}
