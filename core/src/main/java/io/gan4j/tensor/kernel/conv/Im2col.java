package io.gan4j.tensor.kernel.conv;

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
 * column-matrix row, and a flag for whether it lies inside the image (not in the padding); unfold is masked
 * vector gathers along it. Fold runs the other way round: a second table lists, for each pixel, the entries read
 * from it, and fold gathers and sums them, writing each pixel once.
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

    /** Fold's table for a full chunk, and for a shorter last chunk (their column matrices differ in width). */
    private final FoldTable foldFull, foldLast;

    private Im2col(ConvGeometry g, int imagesPerChunk) {
        this.g = g;
        int lastImages = g.batch() % imagesPerChunk;
        this.foldFull = FoldTable.of(g, imagesPerChunk * g.outPlane());
        this.foldLast = lastImages == 0 ? foldFull : FoldTable.of(g, lastImages * g.outPlane());
        this.tableStride = imagesPerChunk * g.outPlane();
        int size = g.kernelHeight() * g.kernelWidth() * tableStride;
        this.offsets = new int[size];
        this.inside = new boolean[size];
        fillTables(imagesPerChunk);
    }

    static Im2col of(ConvGeometry g, ConvChunks chunks) {
        return TABLES.get(new Shape(g, chunks.imagesPerChunk()));
    }

    /** What the tables depend on. */
    private record Shape(ConvGeometry g, int imagesPerChunk) {}

    private static final ShapeTables<Shape, Im2col> TABLES = new ShapeTables<>(s -> new Im2col(s.g(), s.imagesPerChunk()));

    /** cols = unfold(x[first .. first+images)). */
    void unfold(float[] x, int first, int images, float[] cols) {
        int ld = images * g.outPlane(), taps = g.kernelHeight() * g.kernelWidth();
        for (int c = 0, row = 0; c < g.inChannels(); c++) {
            int base = (first * g.inChannels() + c) * g.inPlane();
            for (int tap = 0; tap < taps; tap++, row++) gather(x, base, tap * tableStride, cols, row * ld, ld);
        }
    }

    /**
     * dx[first .. first+images) = fold(cols): every pixel is the sum of the column entries read from it, gathered
     * in tap order, so each pixel's sum has a fixed order.
     */
    void fold(float[] cols, float[] dx, int first, int images) {
        int ld = images * g.outPlane(), plane = g.inPlane(), taps = g.kernelHeight() * g.kernelWidth();
        FoldTable table = images * g.outPlane() == foldFull.width ? foldFull : foldLast;
        for (int c = 0; c < g.inChannels(); c++) {
            for (int i = 0; i < images; i++) {
                int to = ((first + i) * g.inChannels() + c) * plane;
                table.sumInto(cols, c * taps * ld + i * g.outPlane(), dx, to, plane);
            }
        }
    }

    /**
     * For every pixel of an image plane, the column-matrix entries (of one channel's rows, one image) that were
     * read from it: slot t of pixel q at {@code t * plane + q}, in tap order; unused slots are flagged off.
     * {@code width} is the row stride of the column matrix it reads.
     */
    record FoldTable(int width, int slots, int[] entries, boolean[] used) {
        static FoldTable of(ConvGeometry g, int width) {
            int s = g.stride(), p = g.padding(), plane = g.inPlane();
            int slots = Math.ceilDiv(g.kernelHeight(), s) * Math.ceilDiv(g.kernelWidth(), s);
            FoldTable t = new FoldTable(width, slots, new int[slots * plane], new boolean[slots * plane]);
            for (int ih = 0; ih < g.inHeight(); ih++) {
                for (int iw = 0; iw < g.inWidth(); iw++) {
                    int q = ih * g.inWidth() + iw, slot = 0;
                    for (int kh = (ih + p) % s; kh < g.kernelHeight(); kh += s) {
                        int y = (ih + p - kh) / s;
                        for (int kw = (iw + p) % s; kw < g.kernelWidth(); kw += s) {
                            int x = (iw + p - kw) / s;
                            if (y < 0 || y >= g.outHeight() || x < 0 || x >= g.outWidth()) continue;
                            t.entries[slot * plane + q] = (kh * g.kernelWidth() + kw) * width + y * g.outWidth() + x;
                            t.used[slot * plane + q] = true;
                            slot++;
                        }
                    }
                }
            }
            return t;
        }

        /** dst[to + q] = sum over used slots of cols[base + entry], for every pixel q of one plane. */
        void sumInto(float[] cols, int base, float[] dst, int to, int plane) {
            int q = 0;
            for (int end = LANES.loopBound(plane); q < end; q += LANES.length()) {
                FloatVector sum = FloatVector.zero(LANES);
                for (int t = 0; t < slots; t++) {
                    int at = t * plane + q;
                    sum = sum.add(FloatVector.fromArray(LANES, cols, base, entries, at, VectorMask.fromArray(LANES, used, at)));
                }
                sum.intoArray(dst, to + q);
            }
            for (; q < plane; q++) {
                float sum = 0f;
                for (int t = 0, at = q; t < slots; t++, at += plane) {
                    if (used[at]) sum += cols[base + entries[at]];
                }
                dst[to + q] = sum;
            }
        }
    }

    private void gather(float[] src, int base, int table, float[] cols, int to, int count) {
        gather(src, base, offsets, inside, table, cols, to, count);
    }

    /**
     * dst[to + e] = src[base + offsets[table + e]] where inside[table + e], else 0, for e in [0, count): the
     * pixels an unfolding table names (all unfolding goes through here).
     */
    static void gather(float[] src, int base, int[] offsets, boolean[] inside, int table, float[] dst, int to, int count) {
        int e = 0;
        for (int end = LANES.loopBound(count); e < end; e += LANES.length()) {
            VectorMask<Float> mask = VectorMask.fromArray(LANES, inside, table + e);
            FloatVector.fromArray(LANES, src, base, offsets, table + e, mask).intoArray(dst, to + e);
        }
        for (; e < count; e++) dst[to + e] = inside[table + e] ? src[base + offsets[table + e]] : 0f;
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
