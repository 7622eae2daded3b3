package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.LANES;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.NR;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.SPECIES;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;

/**
 * Copies a kc×nc block of op(B) into panels NR columns wide, panel q holding element (p, j) at
 * {@code bpOff + q*kc*NR + p*NR + j}. Columns past the block's edge are zero, so the kernels can always
 * multiply full panels.
 */
final class PanelPacker {
    private PanelPacker() {}

    /** B as stored (k×n): each panel row is two contiguous vectors. */
    static void packRows(float[] b, int bIdx, int ldb, int kc, int nc, float[] bp, int bpOff) {
        for (int j = 0, dst = bpOff; j < nc; j += NR, dst += kc * NR) {
            int width = Math.min(NR, nc - j);
            if (width == NR) copyFull(b, bIdx + j, ldb, kc, bp, dst);
            else copyEdge(b, bIdx + j, ldb, kc, width, bp, dst);
        }
    }

    private static void copyFull(float[] b, int src, int ldb, int kc, float[] bp, int dst) {
        for (int p = 0; p < kc; p++, src += ldb) {
            int d = dst + p * NR;
            FloatVector.fromArray(SPECIES, b, src).intoArray(bp, d);
            FloatVector.fromArray(SPECIES, b, src + LANES).intoArray(bp, d + LANES);
        }
    }

    private static void copyEdge(float[] b, int src, int ldb, int kc, int width, float[] bp, int dst) {
        VectorMask<Float> m0 = SPECIES.indexInRange(0, width);
        VectorMask<Float> m1 = SPECIES.indexInRange(LANES, width);
        for (int p = 0; p < kc; p++, src += ldb) {
            int d = dst + p * NR;
            FloatVector.fromArray(SPECIES, b, src, m0).intoArray(bp, d);
            FloatVector.fromArray(SPECIES, b, src + LANES, m1).intoArray(bp, d + LANES);
        }
    }

    /**
     * B transposed (stored n×k): panel column j is stored row j, so each panel is a transpose,
     * done with gathers down LANES stored rows at a time.
     */
    static void packCols(float[] b, int bIdx, int ldb, int kc, int nc, float[] bp, int bpOff, GemmScratch scratch) {
        for (int j = 0, dst = bpOff; j < nc; j += NR, dst += kc * NR) {
            int width = Math.min(NR, nc - j);
            int src = bIdx + j * ldb;
            if (width == NR) gatherFull(b, src, ldb, kc, bp, dst, scratch.rowOffsets(ldb, LANES));
            else gatherEdge(b, src, ldb, kc, width, bp, dst, scratch);
        }
    }

    private static void gatherFull(float[] b, int src, int ldb, int kc, float[] bp, int dst, int[] rowOffsets) {
        int src1 = src + LANES * ldb;
        for (int p = 0; p < kc; p++) {
            int d = dst + p * NR;
            FloatVector.fromArray(SPECIES, b, src + p, rowOffsets, 0).intoArray(bp, d);
            FloatVector.fromArray(SPECIES, b, src1 + p, rowOffsets, 0).intoArray(bp, d + LANES);
        }
    }

    /** The last, narrower panel: the first vector may be partial, the second partial or empty. */
    private static void gatherEdge(float[] b, int src, int ldb, int kc, int width, float[] bp, int dst, GemmScratch scratch) {
        int first = Math.min(width, LANES), second = width - first;
        gatherPartial(b, src, kc, first, bp, dst, scratch.rowOffsets(ldb, first));
        if (second > 0) gatherPartial(b, src + LANES * ldb, kc, second, bp, dst + LANES, scratch.rowOffsets(ldb, second));
        else zeroLanes(kc, bp, dst + LANES);
    }

    private static void gatherPartial(float[] b, int src, int kc, int rows, float[] bp, int dst, int[] rowOffsets) {
        VectorMask<Float> mask = SPECIES.indexInRange(0, rows);
        for (int p = 0; p < kc; p++) {
            FloatVector.fromArray(SPECIES, b, src + p, rowOffsets, 0, mask).intoArray(bp, dst + p * NR);
        }
    }

    private static void zeroLanes(int kc, float[] bp, int dst) {
        FloatVector zero = FloatVector.zero(SPECIES);
        for (int p = 0; p < kc; p++) zero.intoArray(bp, dst + p * NR);
    }
}
