package io.gan4j.tensor.kernel.gemm;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM micro-kernels: a block of rows of op(A) ({@link #MR} of A as stored, {@link #MR_TRANSPOSED}
 * of Aᵀ as stored, or one), read in place, times one packed panel of op(B), {@link #NR} columns
 * wide, into a register block of accumulators, written out to a row-major tile ({@code rows × NR})
 * for {@link TileUpdate} to merge into C.
 *
 * <p>Every sum is computed the same way by every kernel: a chain of fused multiply-adds over p in
 * increasing order starting from 0. Which kernel handles a row therefore never changes its bits.
 *
 * <p>The tile costs a few stores per kc multiply-adds; it keeps vectors out of method arguments,
 * which C2 boxes whenever it declines to inline the callee.
 */
final class MicroKernels {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /** Columns per packed B panel: two vectors. */
    static final int NR = 2 * LANES;
    /** Rows per block for A as stored: 6×2 accumulators, with room for A's row indices in registers. */
    static final int MR = 6;
    /** Rows per block for Aᵀ as stored: 12×2 accumulators (see {@link #cols12}). */
    static final int MR_TRANSPOSED = 12;

    private MicroKernels() {}

    /**
     * Six rows of op(A) stored as rows of {@code a} (A not transposed): element (r, p) at
     * {@code a[aIdx + r*lda + p]}. Panel element (p, j) at {@code bp[bIdx + p*NR + j]}.
     */
    static void rows6(int kc, float[] a, int aIdx, int lda, float[] bp, int bIdx,
                      float[] tile) {
        int a0 = aIdx, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
        FloatVector z = FloatVector.zero(SPECIES);
        FloatVector c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z;
        FloatVector c30 = z, c31 = z, c40 = z, c41 = z, c50 = z, c51 = z;
        for (int p = 0; p < kc; p++) {
            int bi = bIdx + p * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
            FloatVector av = FloatVector.broadcast(SPECIES, a[a0 + p]);
            c00 = b0.fma(av, c00);
            c01 = b1.fma(av, c01);
            av = FloatVector.broadcast(SPECIES, a[a1 + p]);
            c10 = b0.fma(av, c10);
            c11 = b1.fma(av, c11);
            av = FloatVector.broadcast(SPECIES, a[a2 + p]);
            c20 = b0.fma(av, c20);
            c21 = b1.fma(av, c21);
            av = FloatVector.broadcast(SPECIES, a[a3 + p]);
            c30 = b0.fma(av, c30);
            c31 = b1.fma(av, c31);
            av = FloatVector.broadcast(SPECIES, a[a4 + p]);
            c40 = b0.fma(av, c40);
            c41 = b1.fma(av, c41);
            av = FloatVector.broadcast(SPECIES, a[a5 + p]);
            c50 = b0.fma(av, c50);
            c51 = b1.fma(av, c51);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, LANES);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + LANES);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + LANES);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + LANES);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + LANES);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + LANES);
    }

    /**
     * Six rows of op(A) stored as columns of {@code a} (A transposed): element (r, p) at
     * {@code a[aIdx + p*lda + r]}.
     */
    static void cols6(int kc, float[] a, int aIdx, int lda, float[] bp, int bIdx,
                      float[] tile) {
        FloatVector z = FloatVector.zero(SPECIES);
        FloatVector c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z;
        FloatVector c30 = z, c31 = z, c40 = z, c41 = z, c50 = z, c51 = z;
        int ai = aIdx;
        for (int p = 0; p < kc; p++, ai += lda) {
            int bi = bIdx + p * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
            FloatVector av = FloatVector.broadcast(SPECIES, a[ai]);
            c00 = b0.fma(av, c00);
            c01 = b1.fma(av, c01);
            av = FloatVector.broadcast(SPECIES, a[ai + 1]);
            c10 = b0.fma(av, c10);
            c11 = b1.fma(av, c11);
            av = FloatVector.broadcast(SPECIES, a[ai + 2]);
            c20 = b0.fma(av, c20);
            c21 = b1.fma(av, c21);
            av = FloatVector.broadcast(SPECIES, a[ai + 3]);
            c30 = b0.fma(av, c30);
            c31 = b1.fma(av, c31);
            av = FloatVector.broadcast(SPECIES, a[ai + 4]);
            c40 = b0.fma(av, c40);
            c41 = b1.fma(av, c41);
            av = FloatVector.broadcast(SPECIES, a[ai + 5]);
            c50 = b0.fma(av, c50);
            c51 = b1.fma(av, c51);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, LANES);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + LANES);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + LANES);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + LANES);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + LANES);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + LANES);
    }

    /**
     * Twelve rows of op(A) stored as columns of {@code a} (A transposed): element (r, p) at
     * {@code a[aIdx + p*lda + r]}. Twelve rather than six because each p costs two range checks
     * here (the stride is not a constant), which a taller block spreads over more multiply-adds.
     */
    static void cols12(int kc, float[] a, int aIdx, int lda, float[] bp, int bIdx, float[] tile) {
        FloatVector z = FloatVector.zero(SPECIES);
        FloatVector c000 = z, c001 = z, c010 = z, c011 = z, c020 = z, c021 = z;
        FloatVector c030 = z, c031 = z, c040 = z, c041 = z, c050 = z, c051 = z;
        FloatVector c060 = z, c061 = z, c070 = z, c071 = z, c080 = z, c081 = z;
        FloatVector c090 = z, c091 = z, c100 = z, c101 = z, c110 = z, c111 = z;
        int ai = aIdx;
        for (int p = 0; p < kc; p++, ai += lda) {
            int bi = bIdx + p * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
            FloatVector av = FloatVector.broadcast(SPECIES, a[ai]);
            c000 = b0.fma(av, c000);
            c001 = b1.fma(av, c001);
            av = FloatVector.broadcast(SPECIES, a[ai + 1]);
            c010 = b0.fma(av, c010);
            c011 = b1.fma(av, c011);
            av = FloatVector.broadcast(SPECIES, a[ai + 2]);
            c020 = b0.fma(av, c020);
            c021 = b1.fma(av, c021);
            av = FloatVector.broadcast(SPECIES, a[ai + 3]);
            c030 = b0.fma(av, c030);
            c031 = b1.fma(av, c031);
            av = FloatVector.broadcast(SPECIES, a[ai + 4]);
            c040 = b0.fma(av, c040);
            c041 = b1.fma(av, c041);
            av = FloatVector.broadcast(SPECIES, a[ai + 5]);
            c050 = b0.fma(av, c050);
            c051 = b1.fma(av, c051);
            av = FloatVector.broadcast(SPECIES, a[ai + 6]);
            c060 = b0.fma(av, c060);
            c061 = b1.fma(av, c061);
            av = FloatVector.broadcast(SPECIES, a[ai + 7]);
            c070 = b0.fma(av, c070);
            c071 = b1.fma(av, c071);
            av = FloatVector.broadcast(SPECIES, a[ai + 8]);
            c080 = b0.fma(av, c080);
            c081 = b1.fma(av, c081);
            av = FloatVector.broadcast(SPECIES, a[ai + 9]);
            c090 = b0.fma(av, c090);
            c091 = b1.fma(av, c091);
            av = FloatVector.broadcast(SPECIES, a[ai + 10]);
            c100 = b0.fma(av, c100);
            c101 = b1.fma(av, c101);
            av = FloatVector.broadcast(SPECIES, a[ai + 11]);
            c110 = b0.fma(av, c110);
            c111 = b1.fma(av, c111);
        }
        c000.intoArray(tile, 0 * NR);
        c001.intoArray(tile, 0 * NR + LANES);
        c010.intoArray(tile, 1 * NR);
        c011.intoArray(tile, 1 * NR + LANES);
        c020.intoArray(tile, 2 * NR);
        c021.intoArray(tile, 2 * NR + LANES);
        c030.intoArray(tile, 3 * NR);
        c031.intoArray(tile, 3 * NR + LANES);
        c040.intoArray(tile, 4 * NR);
        c041.intoArray(tile, 4 * NR + LANES);
        c050.intoArray(tile, 5 * NR);
        c051.intoArray(tile, 5 * NR + LANES);
        c060.intoArray(tile, 6 * NR);
        c061.intoArray(tile, 6 * NR + LANES);
        c070.intoArray(tile, 7 * NR);
        c071.intoArray(tile, 7 * NR + LANES);
        c080.intoArray(tile, 8 * NR);
        c081.intoArray(tile, 8 * NR + LANES);
        c090.intoArray(tile, 9 * NR);
        c091.intoArray(tile, 9 * NR + LANES);
        c100.intoArray(tile, 10 * NR);
        c101.intoArray(tile, 10 * NR + LANES);
        c110.intoArray(tile, 11 * NR);
        c111.intoArray(tile, 11 * NR + LANES);
    }

    /** One row of op(A): element p at {@code a[aIdx + p*step]} (step 1 for A as stored, lda for Aᵀ). */
    static void row1(int kc, float[] a, int aIdx, int step, float[] bp, int bIdx,
                     float[] tile) {
        FloatVector c0 = FloatVector.zero(SPECIES), c1 = c0;
        int ai = aIdx;
        for (int p = 0; p < kc; p++, ai += step) {
            int bi = bIdx + p * NR;
            FloatVector av = FloatVector.broadcast(SPECIES, a[ai]);
            c0 = FloatVector.fromArray(SPECIES, bp, bi).fma(av, c0);
            c1 = FloatVector.fromArray(SPECIES, bp, bi + LANES).fma(av, c1);
        }
        c0.intoArray(tile, 0);
        c1.intoArray(tile, LANES);
    }
}
