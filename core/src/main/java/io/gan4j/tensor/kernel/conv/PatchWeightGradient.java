package io.gan4j.tensor.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The small-patch weight gradient's inner work: for one image, {@code sums[f, t] += dy[f, p] * cols[p, t]} over its
 * output positions p, with the taps t of a patch along the vector lanes ({@code cols} unfolded by
 * {@link PatchRows}, rows padded to whole vectors of taps). Vectorizing over taps rather than positions leaves
 * no horizontal sums and no partial vectors at the end of a plane; with positions along the lanes instead (lane sums
 * per filter and tap, 4x4 blocks) the same work took half as long again.
 *
 * <p>Register-blocked: 16 filters by one vector of taps, the sums loaded once per image, dy read as broadcasts. Each
 * sum is one chain of fused multiply-adds over the positions in increasing order, images in the order given.
 */
final class PatchWeightGradient {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private static final int L = LANES.length();
    private static final int ROWS = 16;

    private final int filters, plane, rowLength;

    /** filters = F (dy's channels), plane = OH*OW, rowLength = the patch rounded up to whole vectors. */
    PatchWeightGradient(int filters, int plane, int rowLength) {
        this.filters = filters;
        this.plane = plane;
        this.rowLength = rowLength;
    }

    /** Floats of sums: one padded row of taps per filter. */
    int size() {
        return filters * rowLength;
    }

    /** sums[sumsOff + f * rowLength + t] += this image's products; dy's image starts at dyOff. */
    void accumulate(float[] dy, int dyOff, float[] cols, float[] sums, int sumsOff) {
        int f = 0;
        for (; f + ROWS <= filters; f += ROWS) {
            for (int t = 0; t < rowLength; t += L) {
                block16(dy, dyOff + f * plane, plane, cols, t, rowLength, sums, sumsOff + f * rowLength + t, rowLength);
            }
        }
        for (; f < filters; f++) {
            for (int t = 0; t < rowLength; t += L) {
                row(dy, dyOff + f * plane, plane, cols, t, rowLength, sums, sumsOff + f * rowLength + t);
            }
        }
    }

    /*
     * Static, everything passed in: kernels that read fields inside the loop ran a third slower.
     * Sixteen filters from dy[d + r * plane], one vector of taps from cols[x + p * stride], sums at s + r * sumStride.
     */

    private static void block16(float[] dy, int d, int plane, float[] cols, int x, int stride,
                                float[] sums, int s, int sumStride) {
        FloatVector c0 = FloatVector.fromArray(LANES, sums, s), c1 = FloatVector.fromArray(LANES, sums, s + sumStride);
        FloatVector c2 = FloatVector.fromArray(LANES, sums, s + 2 * sumStride), c3 = FloatVector.fromArray(LANES, sums, s + 3 * sumStride);
        FloatVector c4 = FloatVector.fromArray(LANES, sums, s + 4 * sumStride), c5 = FloatVector.fromArray(LANES, sums, s + 5 * sumStride);
        FloatVector c6 = FloatVector.fromArray(LANES, sums, s + 6 * sumStride), c7 = FloatVector.fromArray(LANES, sums, s + 7 * sumStride);
        FloatVector c8 = FloatVector.fromArray(LANES, sums, s + 8 * sumStride), c9 = FloatVector.fromArray(LANES, sums, s + 9 * sumStride);
        FloatVector c10 = FloatVector.fromArray(LANES, sums, s + 10 * sumStride), c11 = FloatVector.fromArray(LANES, sums, s + 11 * sumStride);
        FloatVector c12 = FloatVector.fromArray(LANES, sums, s + 12 * sumStride), c13 = FloatVector.fromArray(LANES, sums, s + 13 * sumStride);
        FloatVector c14 = FloatVector.fromArray(LANES, sums, s + 14 * sumStride), c15 = FloatVector.fromArray(LANES, sums, s + 15 * sumStride);
        int d0 = d, d1 = d0 + plane, d2 = d1 + plane, d3 = d2 + plane, d4 = d3 + plane, d5 = d4 + plane, d6 = d5 + plane;
        int d7 = d6 + plane, d8 = d7 + plane, d9 = d8 + plane, d10 = d9 + plane, d11 = d10 + plane, d12 = d11 + plane;
        int d13 = d12 + plane, d14 = d13 + plane, d15 = d14 + plane;
        for (int p = 0, xp = x; p < plane; p++, xp += stride) {
            FloatVector v = FloatVector.fromArray(LANES, cols, xp);
            c0 = FloatVector.broadcast(LANES, dy[d0 + p]).fma(v, c0);
            c1 = FloatVector.broadcast(LANES, dy[d1 + p]).fma(v, c1);
            c2 = FloatVector.broadcast(LANES, dy[d2 + p]).fma(v, c2);
            c3 = FloatVector.broadcast(LANES, dy[d3 + p]).fma(v, c3);
            c4 = FloatVector.broadcast(LANES, dy[d4 + p]).fma(v, c4);
            c5 = FloatVector.broadcast(LANES, dy[d5 + p]).fma(v, c5);
            c6 = FloatVector.broadcast(LANES, dy[d6 + p]).fma(v, c6);
            c7 = FloatVector.broadcast(LANES, dy[d7 + p]).fma(v, c7);
            c8 = FloatVector.broadcast(LANES, dy[d8 + p]).fma(v, c8);
            c9 = FloatVector.broadcast(LANES, dy[d9 + p]).fma(v, c9);
            c10 = FloatVector.broadcast(LANES, dy[d10 + p]).fma(v, c10);
            c11 = FloatVector.broadcast(LANES, dy[d11 + p]).fma(v, c11);
            c12 = FloatVector.broadcast(LANES, dy[d12 + p]).fma(v, c12);
            c13 = FloatVector.broadcast(LANES, dy[d13 + p]).fma(v, c13);
            c14 = FloatVector.broadcast(LANES, dy[d14 + p]).fma(v, c14);
            c15 = FloatVector.broadcast(LANES, dy[d15 + p]).fma(v, c15);
        }
        c0.intoArray(sums, s); c1.intoArray(sums, s + sumStride);
        c2.intoArray(sums, s + 2 * sumStride); c3.intoArray(sums, s + 3 * sumStride);
        c4.intoArray(sums, s + 4 * sumStride); c5.intoArray(sums, s + 5 * sumStride);
        c6.intoArray(sums, s + 6 * sumStride); c7.intoArray(sums, s + 7 * sumStride);
        c8.intoArray(sums, s + 8 * sumStride); c9.intoArray(sums, s + 9 * sumStride);
        c10.intoArray(sums, s + 10 * sumStride); c11.intoArray(sums, s + 11 * sumStride);
        c12.intoArray(sums, s + 12 * sumStride); c13.intoArray(sums, s + 13 * sumStride);
        c14.intoArray(sums, s + 14 * sumStride); c15.intoArray(sums, s + 15 * sumStride);
    }

    private static void row(float[] dy, int d, int plane, float[] cols, int x, int stride, float[] sums, int s) {
        FloatVector c = FloatVector.fromArray(LANES, sums, s);
        for (int p = 0, xp = x; p < plane; p++, xp += stride) {
            c = FloatVector.broadcast(LANES, dy[d + p]).fma(FloatVector.fromArray(LANES, cols, xp), c);
        }
        c.intoArray(sums, s);
    }
}
