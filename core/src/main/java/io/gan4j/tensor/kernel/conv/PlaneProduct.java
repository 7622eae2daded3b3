package io.gan4j.tensor.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * One image's product of a small matrix A with a stack of planes: {@code out[m, p] = start[m] + sum over j of
 * A(m, j) * b[j, p]} for {@code p < plane}, where {@code A(m, j) = a[m * rowStep + j * depthStep]} (so A is read as
 * stored or transposed) and start is a per-row bias or 0. It is the forward pass (A = weight, b = unfolded image)
 * and the input gradient (A = weight transposed, b = output gradient) of {@link SmallPatchConv}.
 *
 * <p>Register-blocked: 4 rows by 4 vectors of positions, the sum over j in registers; the positions left over
 * (fewer than 4 vectors) go to {@link PlaneRemainder}. Each output is one chain of fused multiply-adds in increasing j,
 * whatever block it falls in. Only whole vectors inside the plane are loaded and stored, so b and out may be
 * unpadded planes.
 */
final class PlaneProduct {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private static final int L = LANES.length();
    private static final int ROWS = 4, VECTORS = 4;

    private final float[] a, start;
    private final int rows, depth, rowStep, depthStep, plane, outStride, blockedPositions;
    private final boolean rowsOuter;
    /** The positions past the last whole block of vectors, or null if there are none. */
    private final PlaneRemainder tail;

    /**
     * A with {@code rows x depth} entries at the given steps; start (one value per row) may be null for zeros; out's
     * rows {@code outStride} apart. {@code rowsOuter}: finish each block of rows before the next, writing out in order
     * (for a large out and a b that stays in cache: forward, 14% faster than the other order); otherwise finish each
     * block of positions for all rows while that part of b is in cache (for a large b: the input gradient).
     */
    PlaneProduct(float[] a, int rows, int depth, int rowStep, int depthStep, float[] start, int plane, int outStride,
                 boolean rowsOuter) {
        this.rowsOuter = rowsOuter;
        this.a = a;
        this.rows = rows;
        this.depth = depth;
        this.rowStep = rowStep;
        this.depthStep = depthStep;
        this.start = start;
        this.plane = plane;
        this.outStride = outStride;
        this.blockedPositions = plane / (VECTORS * L) * (VECTORS * L);
        this.tail = blockedPositions == plane ? null : new PlaneRemainder(a, rows, depth, rowStep, depthStep, start, outStride);
    }

    /** out[outOff + m * outStride + p] = the product, for b's planes at {@code bOff + j * bStride}. */
    void multiply(float[] b, int bOff, int bStride, float[] out, int outOff) {
        float[] a = this.a, start = this.start;
        int depth = this.depth, rowStep = this.rowStep, depthStep = this.depthStep, outStride = this.outStride;
        int blockedVectors = blockedPositions / L, blockedRows = rows / ROWS * ROWS;
        int rowBlocks = blockedRows / ROWS, positionBlocks = blockedVectors / VECTORS;
        for (int i = 0; i < rowBlocks * positionBlocks; i++) {
            int m = ROWS * (rowsOuter ? i / positionBlocks : i % rowBlocks);
            int p = VECTORS * L * (rowsOuter ? i % positionBlocks : i / rowBlocks);
            block4x4(a, m * rowStep, rowStep, depthStep, depth, start, m, b, bOff + p, bStride,
                    out, outOff + m * outStride + p, outStride);
        }
        for (int m = blockedRows; m < rows; m++) {
            for (int p = 0; p < blockedVectors * L; p += L) {
                block1x1(a, m * rowStep, depthStep, depth, start, m, b, bOff + p, bStride, out, outOff + m * outStride + p);
            }
        }
        if (tail != null) tail.multiply(b, bOff, bStride, blockedPositions, plane, out, outOff, outStride);
    }

    private static float startOf(float[] start, int m) {
        return start == null ? 0f : start[m];
    }

    /*
     * The blocks are static and take everything as arguments: read from fields inside the loop, the same code ran a
     * third slower. A(m, j) is at a[aOff + (m - first) * step + j * depthStep].
     */

    private static void block4x4(float[] a, int aOff, int step, int depthStep, int depth, float[] start, int first,
                                 float[] b, int bOff, int bStride, float[] out, int o0, int outStride) {
        FloatVector c00 = FloatVector.broadcast(LANES, startOf(start, first)), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = FloatVector.broadcast(LANES, startOf(start, first + 1)), c11 = c10, c12 = c10, c13 = c10;
        FloatVector c20 = FloatVector.broadcast(LANES, startOf(start, first + 2)), c21 = c20, c22 = c20, c23 = c20;
        FloatVector c30 = FloatVector.broadcast(LANES, startOf(start, first + 3)), c31 = c30, c32 = c30, c33 = c30;
        for (int j = 0, at = aOff, bj = bOff; j < depth; j++, at += depthStep, bj += bStride) {
            FloatVector b0 = FloatVector.fromArray(LANES, b, bj), b1 = FloatVector.fromArray(LANES, b, bj + L);
            FloatVector b2 = FloatVector.fromArray(LANES, b, bj + 2 * L), b3 = FloatVector.fromArray(LANES, b, bj + 3 * L);
            FloatVector a0 = FloatVector.broadcast(LANES, a[at]);
            c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01); c02 = a0.fma(b2, c02); c03 = a0.fma(b3, c03);
            FloatVector a1 = FloatVector.broadcast(LANES, a[at + step]);
            c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11); c12 = a1.fma(b2, c12); c13 = a1.fma(b3, c13);
            FloatVector a2 = FloatVector.broadcast(LANES, a[at + 2 * step]);
            c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21); c22 = a2.fma(b2, c22); c23 = a2.fma(b3, c23);
            FloatVector a3 = FloatVector.broadcast(LANES, a[at + 3 * step]);
            c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31); c32 = a3.fma(b2, c32); c33 = a3.fma(b3, c33);
        }
        int o1 = o0 + outStride, o2 = o1 + outStride, o3 = o2 + outStride;
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L); c02.intoArray(out, o0 + 2 * L); c03.intoArray(out, o0 + 3 * L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L); c12.intoArray(out, o1 + 2 * L); c13.intoArray(out, o1 + 3 * L);
        c20.intoArray(out, o2); c21.intoArray(out, o2 + L); c22.intoArray(out, o2 + 2 * L); c23.intoArray(out, o2 + 3 * L);
        c30.intoArray(out, o3); c31.intoArray(out, o3 + L); c32.intoArray(out, o3 + 2 * L); c33.intoArray(out, o3 + 3 * L);
    }

    private static void block1x1(float[] a, int aOff, int depthStep, int depth, float[] start, int row,
                                 float[] b, int bOff, int bStride, float[] out, int o) {
        FloatVector c = FloatVector.broadcast(LANES, startOf(start, row));
        for (int j = 0, at = aOff, bj = bOff; j < depth; j++, at += depthStep, bj += bStride) {
            c = FloatVector.broadcast(LANES, a[at]).fma(FloatVector.fromArray(LANES, b, bj), c);
        }
        c.intoArray(out, o);
    }
}
