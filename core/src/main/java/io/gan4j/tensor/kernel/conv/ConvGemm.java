package io.gan4j.tensor.kernel.conv;

import io.gan4j.tensor.kernel.gemm.Gemm;
/**
 * The convolution kernels' route to {@link Gemm}. The benchmark can switch the multiplications off to time
 * everything else (im2col, col2im, copies, bias, reductions) on its own; results are then meaningless.
 */
public final class ConvGemm {
    private static volatile boolean skipped;

    private ConvGemm() {}

    /** For the benchmark only: while true, {@link #multiply} does nothing. */
    public static void skip(boolean skip) {
        skipped = skip;
    }

    /** c = op(a) * op(b) + beta * c (Gemm with alpha 1). */
    static void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff, int lda,
                         float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        if (skipped) return;
        Gemm.sgemm(transA, transB, m, n, k, 1f, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }
}
