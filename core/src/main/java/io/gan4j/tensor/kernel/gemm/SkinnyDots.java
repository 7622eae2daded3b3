package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.LANES;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.SPECIES;

import jdk.incubator.vector.FloatVector;

/**
 * The dots form of {@link SkinnyGemm}, for a small n: C[i, j] = alpha · A[i, :] · Bᵀ[j, :] + beta · C[i, j], then
 * the epilogue, with A and Bᵀ row-major. A block of {@link #ROWS} rows × {@link #COLS} columns keeps one vector
 * chain of fused multiply-adds per element, lane l summing p ≡ l (mod LANES) in order; a fixed tree of lane
 * shuffles and adds then folds the sixteen chains together into sixteen sums, and the tail of k is added last.
 * The tree is the same for every element, so no result depends on the block it was computed in.
 */
final class SkinnyDots {
    static final int ROWS = 8;
    static final int COLS = 2;
    static final int BLOCK = ROWS * COLS;
    /** The folding tree pairs whole vectors down to single lanes, so the block must be whole vectors. */
    static final boolean FITS = LANES >= 4 && LANES <= BLOCK;
    /** Folding steps until each lane holds one finished sum. */
    private static final int LEVELS = Integer.numberOfTrailingZeros(LANES);
    /**
     * Per level, the lanes of the pair (x, y) whose sum folds each of them in half: lane o of the result is
     * x's (o &lt; LANES/2) or y's segment o' = o mod LANES/2 / h, lane o' mod h, plus the lane h further on,
     * where h is half the segment length (LANES / 2 at level 0). Indexes ≥ LANES select from y.
     */
    private static final float[] LOW = foldIndexes(0), HIGH = foldIndexes(1);

    private SkinnyDots() {}

    private static float[] foldIndexes(int half) {
        float[] indexes = new float[Math.max(LEVELS, 1) * LANES];
        for (int level = 0; level < LEVELS; level++) {
            int segment = LANES >> level, h = segment / 2;
            for (int o = 0; o < LANES; o++) {
                int within = o % (LANES / 2), source = o < LANES / 2 ? 0 : LANES;
                indexes[level * LANES + o] = source + within / h * segment + within % h + half * h;
            }
        }
        return indexes;
    }

    static void run(int m, int n, int k, float alpha, float[] a, int aOff, int lda, float[] bt, int btOff, int ldbt,
                    float beta, float[] c, int cOff, int ldc, Epilogue epilogue) {
        float[] sums = SkinnyGemm.ScratchB.get().sums();
        for (int i = 0; i < m; i += ROWS) {
            int rows = Math.min(ROWS, m - i);
            for (int j = 0; j < n; j += COLS) {
                int cols = Math.min(COLS, n - j);
                block(rows, cols, k, a, aOff + i * lda, lda, bt, btOff + j * ldbt, ldbt, sums);
                for (int r = 0; r < rows; r++) {
                    for (int q = 0; q < cols; q++) {
                        int ci = cOff + (i + r) * ldc + j + q;
                        float v = alpha * sums[COLS * r + q];
                        if (beta != 0f) v += beta * c[ci];
                        c[ci] = epilogue == null ? v : epilogue.applyScalar(v, j + q);
                    }
                }
            }
        }
    }

    /**
     * The dot products of up to eight rows of A with up to two rows of Bᵀ, left in out[COLS·r + q]. A missing
     * row or column repeats the first (its result is not used).
     */
    private static void block(int rows, int cols, int k, float[] a, int ai, int lda, float[] bt, int bi, int ldb, float[] out) {
        int a1 = rowOrFirst(1, rows, ai, lda), a2 = rowOrFirst(2, rows, ai, lda), a3 = rowOrFirst(3, rows, ai, lda);
        int a4 = rowOrFirst(4, rows, ai, lda), a5 = rowOrFirst(5, rows, ai, lda), a6 = rowOrFirst(6, rows, ai, lda);
        int a7 = rowOrFirst(7, rows, ai, lda), b1 = rowOrFirst(1, cols, bi, ldb);
        int bound = SPECIES.loopBound(k);
        FloatVector z = FloatVector.zero(SPECIES);
        FloatVector s00 = z, s01 = z, s10 = z, s11 = z, s20 = z, s21 = z, s30 = z, s31 = z;
        FloatVector s40 = z, s41 = z, s50 = z, s51 = z, s60 = z, s61 = z, s70 = z, s71 = z;
        for (int p = 0; p < bound; p += LANES) {
            FloatVector y0 = FloatVector.fromArray(SPECIES, bt, bi + p), y1 = FloatVector.fromArray(SPECIES, bt, b1 + p);
            FloatVector x = FloatVector.fromArray(SPECIES, a, ai + p);
            s00 = x.fma(y0, s00);
            s01 = x.fma(y1, s01);
            x = FloatVector.fromArray(SPECIES, a, a1 + p);
            s10 = x.fma(y0, s10);
            s11 = x.fma(y1, s11);
            x = FloatVector.fromArray(SPECIES, a, a2 + p);
            s20 = x.fma(y0, s20);
            s21 = x.fma(y1, s21);
            x = FloatVector.fromArray(SPECIES, a, a3 + p);
            s30 = x.fma(y0, s30);
            s31 = x.fma(y1, s31);
            x = FloatVector.fromArray(SPECIES, a, a4 + p);
            s40 = x.fma(y0, s40);
            s41 = x.fma(y1, s41);
            x = FloatVector.fromArray(SPECIES, a, a5 + p);
            s50 = x.fma(y0, s50);
            s51 = x.fma(y1, s51);
            x = FloatVector.fromArray(SPECIES, a, a6 + p);
            s60 = x.fma(y0, s60);
            s61 = x.fma(y1, s61);
            x = FloatVector.fromArray(SPECIES, a, a7 + p);
            s70 = x.fma(y0, s70);
            s71 = x.fma(y1, s71);
        }
        // Folded here rather than in a helper: a vector handed to a call the JIT does not inline loses its intrinsics.
        FloatVector low = FloatVector.fromArray(SPECIES, LOW, 0), high = FloatVector.fromArray(SPECIES, HIGH, 0);
        FloatVector t0 = low.selectFrom(s00, s01).add(high.selectFrom(s00, s01));
        FloatVector t1 = low.selectFrom(s10, s11).add(high.selectFrom(s10, s11));
        FloatVector t2 = low.selectFrom(s20, s21).add(high.selectFrom(s20, s21));
        FloatVector t3 = low.selectFrom(s30, s31).add(high.selectFrom(s30, s31));
        FloatVector t4 = low.selectFrom(s40, s41).add(high.selectFrom(s40, s41));
        FloatVector t5 = low.selectFrom(s50, s51).add(high.selectFrom(s50, s51));
        FloatVector t6 = low.selectFrom(s60, s61).add(high.selectFrom(s60, s61));
        FloatVector t7 = low.selectFrom(s70, s71).add(high.selectFrom(s70, s71));
        low = FloatVector.fromArray(SPECIES, LOW, LANES);
        high = FloatVector.fromArray(SPECIES, HIGH, LANES);
        FloatVector u0 = low.selectFrom(t0, t1).add(high.selectFrom(t0, t1));
        FloatVector u1 = low.selectFrom(t2, t3).add(high.selectFrom(t2, t3));
        FloatVector u2 = low.selectFrom(t4, t5).add(high.selectFrom(t4, t5));
        FloatVector u3 = low.selectFrom(t6, t7).add(high.selectFrom(t6, t7));
        if (LANES == 4) {
            u0.intoArray(out, 0);
            u1.intoArray(out, 4);
            u2.intoArray(out, 8);
            u3.intoArray(out, 12);
        } else {
            low = FloatVector.fromArray(SPECIES, LOW, 2 * LANES);
            high = FloatVector.fromArray(SPECIES, HIGH, 2 * LANES);
            FloatVector v0 = low.selectFrom(u0, u1).add(high.selectFrom(u0, u1));
            FloatVector v1 = low.selectFrom(u2, u3).add(high.selectFrom(u2, u3));
            if (LANES == 8) {
                v0.intoArray(out, 0);
                v1.intoArray(out, 8);
            } else {
                low = FloatVector.fromArray(SPECIES, LOW, 3 * LANES);
                high = FloatVector.fromArray(SPECIES, HIGH, 3 * LANES);
                low.selectFrom(v0, v1).add(high.selectFrom(v0, v1)).intoArray(out, 0);
            }
        }
        addTail(rows, cols, bound, k, a, ai, lda, bt, bi, ldb, out);
    }

    /** The k not covered by whole vectors, one fused multiply-add at a time after the folded sums. */
    private static void addTail(int rows, int cols, int from, int k, float[] a, int ai, int lda, float[] bt, int bi, int ldb,
                                float[] out) {
        if (from == k) return;
        for (int r = 0; r < rows; r++) {
            for (int q = 0; q < cols; q++) {
                float sum = out[COLS * r + q];
                for (int p = from, ar = ai + r * lda, br = bi + q * ldb; p < k; p++) sum = Math.fma(a[ar + p], bt[br + p], sum);
                out[COLS * r + q] = sum;
            }
        }
    }

    private static int rowOrFirst(int r, int rows, int first, int stride) {
        return r < rows ? first + r * stride : first;
    }
}
