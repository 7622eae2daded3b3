package io.gan4j.tensor.kernel;

import static io.gan4j.tensor.kernel.MicroKernels.LANES;
import static io.gan4j.tensor.kernel.MicroKernels.SPECIES;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;

/**
 * GEMMs with one tiny side: k (a first layer over 2-D points), m (the gradient of a 2-unit layer's weight)
 * or n (a 2-unit output). The blocked kernels pad such a side to a whole register block and pack operands
 * that are used once, wasting most of their work; these loops need neither.
 *
 * <p>Two forms: <em>rows</em>, C[i, :] = Σₚ op(A)[i, p] · op(B)[p, :] with vectors along C's rows, for small
 * k or m; and <em>dots</em>, C[i, j] = op(A)[i, :] · op(B)[:, j], for small n. A small n with Aᵀ stored is the
 * rows form of Cᵀ = op(B)ᵀ · op(A)ᵀ. Each element is summed over p in order by one fused multiply-add chain
 * (dots: lane-wise chains, then the lanes in index order), whatever the threads, so results do not depend on them.
 */
final class SkinnyGemm {
    /** Largest k, or m, for the rows form. */
    static final int SMALL_SIDE = 8;
    /** Largest n for the dots form and for the transposed rows form. */
    static final int SMALL_N = 8;
    /** Largest op(B) copied to row-major order for the rows form. */
    private static final int MAX_COPIED = 1 << 16;

    private SkinnyGemm() {}

    /** Runs the product if one of the skinny forms fits it; false (doing nothing) otherwise. */
    static boolean tryRun(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOff, int lda,
                          float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc, Epilogue epilogue) {
        if ((k <= SMALL_SIDE || m <= SMALL_SIDE) && n >= LANES && (!transB || (long) k * n <= MAX_COPIED)) {
            float[] rowsB = transB ? ScratchB.get().transposed(b, bOff, ldb, k, n) : b;
            int rowsOff = transB ? 0 : bOff, rowsLd = transB ? n : ldb;
            rows(transA, m, n, k, alpha, a, aOff, lda, rowsB, rowsOff, rowsLd, beta, c, cOff, ldc, epilogue);
            return true;
        }
        if (n <= SMALL_N && !transA) {
            float[] colsB = transB ? b : ScratchB.get().transposed(b, bOff, ldb, n, k);
            int colsOff = transB ? bOff : 0, colsLd = transB ? ldb : k;
            dots(m, n, k, alpha, a, aOff, lda, colsB, colsOff, colsLd, beta, c, cOff, ldc, epilogue);
            return true;
        }
        if (n <= SMALL_N && transA && epilogue == null && m >= LANES) {
            transposedRows(transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return true;
        }
        return false;
    }

    /** C[i, :] = alpha · Σₚ op(A)[i, p] · B[p, :] + beta · C[i, :], then the epilogue; B row-major. */
    private static void rows(boolean transA, int m, int n, int k, float alpha, float[] a, int aOff, int lda,
                             float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc, Epilogue epilogue) {
        int aRowStep = transA ? 1 : lda, aColStep = transA ? lda : 1;
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * aRowStep, ci = cOff + i * ldc;
            for (int j = 0; j < n; j += 4 * LANES) rowBlock(k, a, ai, aColStep, b, bOff + j, ldb, n - j, alpha, beta, c, ci + j);
            if (epilogue != null) epilogue.finishRow(c, ci, 0, n);
        }
    }

    /**
     * Up to four vectors of one row of C, columns [col, col + min(width, 4·LANES)): four independent chains
     * keep the FMA units busy where one chain would wait on each result.
     */
    private static void rowBlock(int k, float[] a, int ai, int aStep, float[] b, int bi, int ldb, int width,
                                 float alpha, float beta, float[] c, int ci) {
        if (width >= 4 * LANES) {
            fullRowBlock(k, a, ai, aStep, b, bi, ldb, alpha, beta, c, ci);
            return;
        }
        VectorMask<Float> m0 = SPECIES.indexInRange(0, width), m1 = SPECIES.indexInRange(LANES, width);
        VectorMask<Float> m2 = SPECIES.indexInRange(2 * LANES, width), m3 = SPECIES.indexInRange(3 * LANES, width);
        FloatVector acc0 = FloatVector.zero(SPECIES), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        for (int p = 0; p < k; p++, bi += ldb) {
            FloatVector s = FloatVector.broadcast(SPECIES, a[ai + p * aStep]);
            acc0 = FloatVector.fromArray(SPECIES, b, bi, m0).fma(s, acc0);
            if (width > LANES) acc1 = FloatVector.fromArray(SPECIES, b, bi + LANES, m1).fma(s, acc1);
            if (width > 2 * LANES) acc2 = FloatVector.fromArray(SPECIES, b, bi + 2 * LANES, m2).fma(s, acc2);
            if (width > 3 * LANES) acc3 = FloatVector.fromArray(SPECIES, b, bi + 3 * LANES, m3).fma(s, acc3);
        }
        if (alpha == 1f && beta == 0f) {
            acc0.intoArray(c, ci, m0);
            if (width > LANES) acc1.intoArray(c, ci + LANES, m1);
            if (width > 2 * LANES) acc2.intoArray(c, ci + 2 * LANES, m2);
            if (width > 3 * LANES) acc3.intoArray(c, ci + 3 * LANES, m3);
            return;
        }
        store(acc0, alpha, beta, c, ci, m0);
        if (width > LANES) store(acc1, alpha, beta, c, ci + LANES, m1);
        if (width > 2 * LANES) store(acc2, alpha, beta, c, ci + 2 * LANES, m2);
        if (width > 3 * LANES) store(acc3, alpha, beta, c, ci + 3 * LANES, m3);
    }

    /** rowBlock for four whole vectors, without masks. */
    private static void fullRowBlock(int k, float[] a, int ai, int aStep, float[] b, int bi, int ldb,
                                     float alpha, float beta, float[] c, int ci) {
        FloatVector acc0 = FloatVector.zero(SPECIES), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        for (int p = 0; p < k; p++, bi += ldb) {
            FloatVector s = FloatVector.broadcast(SPECIES, a[ai + p * aStep]);
            acc0 = FloatVector.fromArray(SPECIES, b, bi).fma(s, acc0);
            acc1 = FloatVector.fromArray(SPECIES, b, bi + LANES).fma(s, acc1);
            acc2 = FloatVector.fromArray(SPECIES, b, bi + 2 * LANES).fma(s, acc2);
            acc3 = FloatVector.fromArray(SPECIES, b, bi + 3 * LANES).fma(s, acc3);
        }
        if (alpha == 1f && beta == 0f) {
            // The layers' case, stored here: a vector handed to a call the JIT does not inline loses its intrinsics.
            acc0.intoArray(c, ci);
            acc1.intoArray(c, ci + LANES);
            acc2.intoArray(c, ci + 2 * LANES);
            acc3.intoArray(c, ci + 3 * LANES);
            return;
        }
        store(acc0, alpha, beta, c, ci);
        store(acc1, alpha, beta, c, ci + LANES);
        store(acc2, alpha, beta, c, ci + 2 * LANES);
        store(acc3, alpha, beta, c, ci + 3 * LANES);
    }

    private static void store(FloatVector sum, float alpha, float beta, float[] c, int ci) {
        FloatVector v = alpha == 1f ? sum : sum.mul(alpha);
        if (beta != 0f) v = v.add(FloatVector.fromArray(SPECIES, c, ci).mul(beta));
        v.intoArray(c, ci);
    }

    private static void store(FloatVector sum, float alpha, float beta, float[] c, int ci, VectorMask<Float> mask) {
        FloatVector v = alpha == 1f ? sum : sum.mul(alpha);
        if (beta != 0f) v = v.add(FloatVector.fromArray(SPECIES, c, ci, mask).mul(beta));
        v.intoArray(c, ci, mask);
    }

    /** C[i, j] = alpha · A[i, :] · Bᵀ[j, :] + beta · C[i, j], then the epilogue; A and Bᵀ row-major. */
    private static void dots(int m, int n, int k, float alpha, float[] a, int aOff, int lda, float[] bt, int btOff, int ldbt,
                             float beta, float[] c, int cOff, int ldc, Epilogue epilogue) {
        float[] lanes = ScratchB.get().lanes();
        for (int i = 0; i < m; i += 2) {
            for (int j = 0; j < n; j += 2) {
                dotBlock(Math.min(2, m - i), Math.min(2, n - j), k, a, aOff + i * lda, lda, bt, btOff + j * ldbt, ldbt, lanes);
                for (int r = 0; r < Math.min(2, m - i); r++) {
                    for (int q = 0; q < Math.min(2, n - j); q++) {
                        int ci = cOff + (i + r) * ldc + j + q;
                        float v = alpha * lanes[LANES * 4 + 2 * r + q];
                        if (beta != 0f) v += beta * c[ci];
                        c[ci] = epilogue == null ? v : epilogue.applyScalar(v, j + q);
                    }
                }
            }
        }
    }

    /**
     * The dot products of up to two rows of A with up to two rows of Bᵀ, left in out[4·LANES + 2·r + q]: four
     * lane-wise FMA chains over the vector part of k, each chain's lanes then added in index order, then the
     * tail of k. A missing row or column repeats the first (its result is not used).
     */
    private static void dotBlock(int rows, int cols, int k, float[] a, int ai, int lda, float[] bt, int bi, int ldb, float[] out) {
        int a1 = rows > 1 ? ai + lda : ai, b1 = cols > 1 ? bi + ldb : bi;
        int bound = SPECIES.loopBound(k);
        FloatVector s00 = FloatVector.zero(SPECIES), s01 = s00, s10 = s00, s11 = s00;
        for (int p = 0; p < bound; p += LANES) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, a, ai + p), x1 = FloatVector.fromArray(SPECIES, a, a1 + p);
            FloatVector y0 = FloatVector.fromArray(SPECIES, bt, bi + p), y1 = FloatVector.fromArray(SPECIES, bt, b1 + p);
            s00 = x0.fma(y0, s00);
            s01 = x0.fma(y1, s01);
            s10 = x1.fma(y0, s10);
            s11 = x1.fma(y1, s11);
        }
        s00.intoArray(out, 0);
        s01.intoArray(out, LANES);
        s10.intoArray(out, 2 * LANES);
        s11.intoArray(out, 3 * LANES);
        for (int e = 0; e < 4; e++) {
            float sum = 0f;
            for (int l = 0; l < LANES; l++) sum += out[e * LANES + l];
            int ar = e < 2 ? ai : a1, br = (e & 1) == 0 ? bi : b1;
            for (int p = bound; p < k; p++) sum = Math.fma(a[ar + p], bt[br + p], sum);
            out[4 * LANES + e] = sum;
        }
    }

    /** Small n with Aᵀ stored: Cᵀ = op(B)ᵀ · A by rows (A stored [k, m] is row-major for it), written back transposed. */
    private static void transposedRows(boolean transB, int m, int n, int k, float alpha, float[] a, int aOff, int lda,
                                       float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        float[] ct = ScratchB.get().product(n * m);
        // op(B)ᵀ[j, p] = op(B)[p, j]: B stored [k, n] read down a column is op(B)ᵀ with "transA" strides.
        rows(!transB, n, m, k, 1f, b, bOff, ldb, a, aOff, lda, 0f, ct, 0, m, null);
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            for (int j = 0; j < n; j++) {
                float v = alpha * ct[j * m + i];
                c[ci + j] = beta == 0f ? v : v + beta * c[ci + j];
            }
        }
    }

    /** Per-thread buffers for a rearranged operand and a transposed product. */
    private static final class ScratchB {
        private static final ThreadLocal<ScratchB> PER_THREAD = ThreadLocal.withInitial(ScratchB::new);
        private float[] operand = new float[0];
        private float[] product = new float[0];
        private final float[] lanes = new float[4 * LANES + 4];

        static ScratchB get() {
            return PER_THREAD.get();
        }

        /** The [cols, rows] transpose of the rows × cols matrix stored at src[off] with row stride ld. */
        float[] transposed(float[] src, int off, int ld, int cols, int rows) {
            if (operand.length < rows * cols) operand = new float[rows * cols];
            for (int r = 0; r < rows; r++) {
                for (int q = 0; q < cols; q++) operand[q * rows + r] = src[off + r * ld + q];
            }
            return operand;
        }

        /** Room for four vectors of lanes and four sums. */
        float[] lanes() {
            return lanes;
        }

        float[] product(int size) {
            if (product.length < size) product = new float[size];
            return product;
        }
    }
}
