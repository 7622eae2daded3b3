package io.gan4j.tensor.kernel;

import java.util.concurrent.atomic.LongAdder;

/** The convolution kernels' route to {@link Gemm}, which can sum the time spent inside it (for the benchmark). */
final class GemmTimer {
    private static volatile boolean enabled;
    private static final LongAdder NANOS = new LongAdder();

    private GemmTimer() {}

    /** Starts summing (from zero) the nanoseconds all threads spend in GEMM calls. */
    static void start() {
        NANOS.reset();
        enabled = true;
    }

    /** Stops summing and returns the total since {@link #start()}. */
    static long stop() {
        enabled = false;
        return NANOS.sum();
    }

    /** c = op(a) * op(b) + beta * c (Gemm with alpha 1). */
    static void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff, int lda,
                         float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        if (!enabled) {
            Gemm.sgemm(transA, transB, m, n, k, 1f, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        long start = System.nanoTime();
        Gemm.sgemm(transA, transB, m, n, k, 1f, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        NANOS.add(System.nanoTime() - start);
    }
}
