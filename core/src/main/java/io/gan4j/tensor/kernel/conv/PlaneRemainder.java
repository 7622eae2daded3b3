package io.gan4j.tensor.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The positions of a plane that {@link PlaneProduct}'s 4x4 blocks leave over (fewer than four vectors' worth), with
 * the rows of A along the vector lanes instead: A's columns are copied once, transposed and padded to whole vectors,
 * and each output position takes one broadcast of b per step. Across positions, as {@link PlaneProduct} does, the
 * last 4 positions of a 196-position plane would cost a whole vector per row, a quarter of it used, with one
 * broadcast per multiply-add.
 *
 * <p>Each output is the same chain of fused multiply-adds as in {@link PlaneProduct} (start, then j in increasing
 * order, each step {@code A(m, j) * b[j, p] + sum}), so which class computes it does not change its bits.
 */
final class PlaneRemainder {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private static final int L = LANES.length();

    private final int rows, paddedRows, depth;
    /** columns[j * paddedRows + m] = A(m, j), 0 for the padding rows. */
    private final float[] columns;
    /** The start values padded to paddedRows, or null for zeros. */
    private final float[] start;
    /**
     * rowOffsets[i] = i * outStride: where lane i's output goes, relative to its vector's first row; lastRowOffsets the
     * same for the last vector of rows, with 0 for lanes past the last row (the vector API range-checks even the lanes
     * a mask leaves out).
     */
    private final int[] rowOffsets, lastRowOffsets;
    private final VectorMask<Float> all, lastRows;

    PlaneRemainder(float[] a, int rows, int depth, int rowStep, int depthStep, float[] start, int outStride) {
        this.rows = rows;
        this.depth = depth;
        this.paddedRows = L * Math.ceilDiv(rows, L);
        this.columns = new float[depth * paddedRows];
        for (int j = 0; j < depth; j++) {
            for (int m = 0; m < rows; m++) columns[j * paddedRows + m] = a[m * rowStep + j * depthStep];
        }
        this.start = start == null ? null : java.util.Arrays.copyOf(start, paddedRows);
        this.rowOffsets = new int[L];
        this.lastRowOffsets = new int[L];
        for (int i = 0; i < L; i++) {
            rowOffsets[i] = i * outStride;
            lastRowOffsets[i] = paddedRows - L + i < rows ? i * outStride : 0;
        }
        this.all = LANES.maskAll(true);
        this.lastRows = LANES.indexInRange(paddedRows - L, rows);
    }

    /** out[outOff + m * outStride + p] = the product, for positions from <= p < to of b's planes at bOff + j * bStride. */
    void multiply(float[] b, int bOff, int bStride, int from, int to, float[] out, int outOff, int outStride) {
        for (int m = 0; m < paddedRows; m += L) {
            boolean whole = m + L <= rows;
            VectorMask<Float> inside = whole ? all : lastRows;
            int[] offsets = whole ? rowOffsets : lastRowOffsets;
            int p = from;
            for (; p + 4 <= to; p += 4) {
                positions4(columns, m, paddedRows, depth, start, b, bOff + p, bStride, out, outOff + m * outStride + p, offsets, inside);
            }
            for (; p < to; p++) {
                position1(columns, m, paddedRows, depth, start, b, bOff + p, bStride, out, outOff + m * outStride + p, offsets, inside);
            }
        }
    }

    /*
     * Static, everything passed in: kernels that read fields inside the loop ran a third slower. Rows m..m+L-1 (those
     * in the mask) of positions p.. (b at bp + j * bStride, out at o + lane * outStride + position).
     */

    private static void positions4(float[] columns, int m, int paddedRows, int depth, float[] start, float[] b, int bp,
                                   int bStride, float[] out, int o, int[] rowOffsets, VectorMask<Float> inside) {
        FloatVector c0 = start == null ? FloatVector.zero(LANES) : FloatVector.fromArray(LANES, start, m);
        FloatVector c1 = c0, c2 = c0, c3 = c0;
        for (int j = 0, aj = m, bj = bp; j < depth; j++, aj += paddedRows, bj += bStride) {
            FloatVector av = FloatVector.fromArray(LANES, columns, aj);
            c0 = av.fma(FloatVector.broadcast(LANES, b[bj]), c0);
            c1 = av.fma(FloatVector.broadcast(LANES, b[bj + 1]), c1);
            c2 = av.fma(FloatVector.broadcast(LANES, b[bj + 2]), c2);
            c3 = av.fma(FloatVector.broadcast(LANES, b[bj + 3]), c3);
        }
        c0.intoArray(out, o, rowOffsets, 0, inside);
        c1.intoArray(out, o + 1, rowOffsets, 0, inside);
        c2.intoArray(out, o + 2, rowOffsets, 0, inside);
        c3.intoArray(out, o + 3, rowOffsets, 0, inside);
    }

    private static void position1(float[] columns, int m, int paddedRows, int depth, float[] start, float[] b, int bp,
                                  int bStride, float[] out, int o, int[] rowOffsets, VectorMask<Float> inside) {
        FloatVector c = start == null ? FloatVector.zero(LANES) : FloatVector.fromArray(LANES, start, m);
        for (int j = 0, aj = m, bj = bp; j < depth; j++, aj += paddedRows, bj += bStride) {
            c = FloatVector.fromArray(LANES, columns, aj).fma(FloatVector.broadcast(LANES, b[bj]), c);
        }
        c.intoArray(out, o, rowOffsets, 0, inside);
    }
}
