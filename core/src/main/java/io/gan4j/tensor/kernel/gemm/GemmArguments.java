package io.gan4j.tensor.kernel.gemm;

/** Checks sgemm's arguments up front, so bad ones fail with a message naming the argument. */
final class GemmArguments {
    private GemmArguments() {}

    static void check(boolean transA, boolean transB, int m, int n, int k,
                      float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("sgemm: negative size m=" + m + " n=" + n + " k=" + k);
        }
        boolean product = m > 0 && n > 0 && k > 0;
        matrix("A", a, aOff, lda, transA ? k : m, transA ? m : k, product);
        matrix("B", b, bOff, ldb, transB ? n : k, transB ? k : n, product);
        matrix("C", c, cOff, ldc, m, n, m > 0 && n > 0);
    }

    /** A rows×cols matrix stored with row stride ld from off; only checked if it is used. */
    private static void matrix(String name, float[] x, int off, int ld, int rows, int cols, boolean used) {
        if (!used) return;
        if (x == null) throw new IllegalArgumentException("sgemm: " + name + " is null");
        if (ld < cols) {
            throw new IllegalArgumentException("sgemm: ld" + name.toLowerCase() + "=" + ld + " is less than the "
                    + cols + " columns of " + name + " as stored (" + rows + "x" + cols + ")");
        }
        long end = off + (long) (rows - 1) * ld + cols;
        if (off < 0 || end > x.length) {
            throw new IllegalArgumentException("sgemm: " + name + " (" + rows + "x" + cols + ", offset " + off
                    + ", row stride " + ld + ") needs " + end + " floats but the array has " + x.length);
        }
    }
}
