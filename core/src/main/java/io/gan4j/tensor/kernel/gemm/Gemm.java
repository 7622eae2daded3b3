package io.gan4j.tensor.kernel.gemm;

import io.gan4j.tensor.kernel.parallel.Parallel;
/**
 * Single-precision matrix multiply on row-major arrays:
 * {@code C = alpha * op(A) * op(B) + beta * C}, where op(X) is X or its transpose.
 *
 * <p>op(A) is m×k, op(B) is k×n, C is m×n. {@code lda}, {@code ldb}, {@code ldc} are the row
 * strides of the arrays as stored (so for transA, A is stored k×m with row stride lda).
 * When beta is 0, C's previous contents are ignored (NaN in C does not leak through).
 * C must not overlap A or B.
 *
 * <p>Vectorized with the Vector API and split over {@link Parallel}'s threads. Each element of C
 * is a chain of fused multiply-adds over k in increasing order, restarted every few hundred k
 * (the cache blocking, which depends on k only); so the result is bit-identical whatever the
 * thread count, and differs from a naive loop only by rounding.
 */
public final class Gemm {
    private Gemm() {}

    public static void sgemm(boolean transA, boolean transB, int m, int n, int k,
                             float alpha, float[] a, int aOff, int lda,
                             float[] b, int bOff, int ldb,
                             float beta, float[] c, int cOff, int ldc) {
        sgemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, null);
    }

    /**
     * C = epilogue(alpha·op(A)·op(B) + beta·C): the epilogue (a column bias, then an optional leaky ReLU)
     * finishes each element of C while it is in registers; null for none. With k = 0 it is not supported.
     */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k,
                             float alpha, float[] a, int aOff, int lda,
                             float[] b, int bOff, int ldb,
                             float beta, float[] c, int cOff, int ldc, Epilogue epilogue) {
        GemmArguments.check(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        if (epilogue != null && epilogue.columnBias().length < n) {
            throw new IllegalArgumentException("sgemm: epilogue bias has " + epilogue.columnBias().length
                    + " values for " + n + " columns");
        }
        if (epilogue != null && k == 0) throw new IllegalArgumentException("sgemm: an epilogue needs k >= 1");
        if (m == 0 || n == 0) return;
        if (k == 0) {
            scaleOnly(m, n, alpha, beta, c, cOff, ldc);
            return;
        }
        if (SkinnyGemm.tryRun(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, epilogue)) return;
        GemmTask task = new GemmTask(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc,
                Parallel.threadsAvailable(), epilogue);
        Parallel.run(task.chunks(), task::runChunk);
    }

    /** k = 0: every sum is empty (0), so C = alpha·0 + beta·C, as in the general update. */
    private static void scaleOnly(int m, int n, float alpha, float beta, float[] c, int cOff, int ldc) {
        float zero = alpha * 0f;
        for (int i = 0; i < m; i++) {
            for (int j = 0, ci = cOff + i * ldc; j < n; j++, ci++) {
                c[ci] = beta == 0f ? zero : zero + beta * c[ci];
            }
        }
    }
}
