package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.LANES;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.NR;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.SPECIES;

import jdk.incubator.vector.FloatVector;

/**
 * GEMMs with one tiny side: k (a first layer over 2-D points), m (the gradient of a 2-unit layer's weight)
 * or n (a 2-unit output). The blocked kernels pad such a side to a whole register block and pack operands
 * that are used once, wasting most of their work; these loops need neither.
 *
 * <p>Two forms: <em>rows</em>, C[i, :] = Σₚ op(A)[i, p] · op(B)[p, :] with vectors along C's rows, for small
 * k or m; and <em>dots</em>, C[i, j] = op(A)[i, :] · op(B)[:, j], for small n. A small n with Aᵀ stored is the
 * rows form of Cᵀ = op(B)ᵀ · op(A)ᵀ. Each element is summed over p in order by one fused multiply-add chain
 * (dots: lane-wise chains, then the lanes by a fixed tree, see {@link SkinnyDots}), whatever the threads, so results do not depend on them.
 */
final class SkinnyGemm {
    /** Largest k, or m, for the rows form. */
    static final int SMALL_SIDE = 8;
    /** Largest n for the dots form and for the transposed rows form. */
    static final int SMALL_N = 8;
    /** Largest op(B) copied to row-major order for the rows form. */
    private static final int MAX_COPIED = 1 << 16;
    /** Rows of op(A) per block of the rows form: each row of B loaded serves this many rows of C. */
    private static final int STACKED_ROWS = 4;
    /** Columns per block of the rows form: two tiles of {@link TileUpdate}'s width. */
    private static final int STACKED_WIDTH = 2 * NR;

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
        if (n <= SMALL_N && !transA && SkinnyDots.FITS) {
            float[] colsB = transB ? b : ScratchB.get().transposed(b, bOff, ldb, n, k);
            int colsOff = transB ? bOff : 0, colsLd = transB ? ldb : k;
            SkinnyDots.run(m, n, k, alpha, a, aOff, lda, colsB, colsOff, colsLd, beta, c, cOff, ldc, epilogue);
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
        // A ragged last block of columns reads B from a zero-padded copy, made once for all rows.
        int tail = n % STACKED_WIDTH;
        float[] paddedTail = tail == 0 ? null : ScratchB.get().padded(b, bOff + n - tail, ldb, k, tail, STACKED_WIDTH);
        for (int i = 0; i < m; i += STACKED_ROWS) {
            stackedRows(Math.min(STACKED_ROWS, m - i), n, k, alpha, a, aOff + i * aRowStep, aRowStep, aColStep,
                    b, bOff, ldb, paddedTail, beta, c, cOff + i * ldc, ldc, epilogue);
        }
    }

    /**
     * Up to {@link #STACKED_ROWS} rows of C, a block of columns at a time, so each row of B is loaded once for all
     * of them. Plain sums (alpha 1, beta 0, no epilogue: the weight gradients) go straight to C; others through
     * tiles that {@link TileUpdate} finishes. A ragged last block reads B from {@code paddedTail}, its columns
     * zero-padded to a whole block.
     */
    private static void stackedRows(int rows, int n, int k, float alpha, float[] a, int ai, int aRowStep, int aColStep,
                                    float[] b, int bOff, int ldb, float[] paddedTail, float beta, float[] c, int ci, int ldc,
                                    Epilogue epilogue) {
        ScratchB scratch = ScratchB.get();
        float[] left = scratch.leftTile(), right = scratch.rightTile();
        TileUpdate update = TileUpdate.forBlock(0, beta);
        boolean plain = alpha == 1f && beta == 0f && epilogue == null;
        for (int j = 0; j < n; j += STACKED_WIDTH) {
            int width = Math.min(STACKED_WIDTH, n - j);
            if (width == STACKED_WIDTH && plain) {
                stackedBlock(rows, k, a, ai, aRowStep, aColStep, b, bOff + j, ldb, c, ci + j, c, ci + j + NR, ldc);
                continue;
            }
            if (width == STACKED_WIDTH) {
                stackedBlock(rows, k, a, ai, aRowStep, aColStep, b, bOff + j, ldb, left, 0, right, 0, NR);
            } else {
                stackedBlock(rows, k, a, ai, aRowStep, aColStep, paddedTail, 0, STACKED_WIDTH, left, 0, right, 0, NR);
            }
            update.apply(left, rows, c, ci + j, ldc, j, Math.min(NR, width), alpha, beta, epilogue);
            if (width > NR) update.apply(right, rows, c, ci + j + NR, ldc, j + NR, width - NR, alpha, beta, epilogue);
        }
    }

    /**
     * The sums of up to four rows of op(A) (row r's element p at a[ai + r·aRowStep + p·aColStep]) times four vectors
     * of columns of B: sixteen independent chains. Row r's first two vectors go to left[li + r·ld], the other two
     * to right[ri + r·ld].
     */
    private static void stackedBlock(int rows, int k, float[] a, int ai, int aRowStep, int aColStep, float[] b, int bi,
                                     int ldb, float[] left, int li, float[] right, int ri, int ld) {
        int a1 = ai + aRowStep, a2 = a1 + aRowStep, a3 = a2 + aRowStep;
        FloatVector z = FloatVector.zero(SPECIES);
        FloatVector c00 = z, c01 = z, c02 = z, c03 = z, c10 = z, c11 = z, c12 = z, c13 = z;
        FloatVector c20 = z, c21 = z, c22 = z, c23 = z, c30 = z, c31 = z, c32 = z, c33 = z;
        for (int p = 0, ap = 0; p < k; p++, ap += aColStep, bi += ldb) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi), b1 = FloatVector.fromArray(SPECIES, b, bi + LANES);
            FloatVector b2 = FloatVector.fromArray(SPECIES, b, bi + 2 * LANES), b3 = FloatVector.fromArray(SPECIES, b, bi + 3 * LANES);
            FloatVector x = FloatVector.broadcast(SPECIES, a[ai + ap]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            c02 = b2.fma(x, c02);
            c03 = b3.fma(x, c03);
            if (rows > 1) {
                x = FloatVector.broadcast(SPECIES, a[a1 + ap]);
                c10 = b0.fma(x, c10);
                c11 = b1.fma(x, c11);
                c12 = b2.fma(x, c12);
                c13 = b3.fma(x, c13);
            }
            if (rows > 2) {
                x = FloatVector.broadcast(SPECIES, a[a2 + ap]);
                c20 = b0.fma(x, c20);
                c21 = b1.fma(x, c21);
                c22 = b2.fma(x, c22);
                c23 = b3.fma(x, c23);
            }
            if (rows > 3) {
                x = FloatVector.broadcast(SPECIES, a[a3 + ap]);
                c30 = b0.fma(x, c30);
                c31 = b1.fma(x, c31);
                c32 = b2.fma(x, c32);
                c33 = b3.fma(x, c33);
            }
        }
        c00.intoArray(left, li);
        c01.intoArray(left, li + LANES);
        c02.intoArray(right, ri);
        c03.intoArray(right, ri + LANES);
        if (rows > 1) {
            c10.intoArray(left, li + ld);
            c11.intoArray(left, li + ld + LANES);
            c12.intoArray(right, ri + ld);
            c13.intoArray(right, ri + ld + LANES);
        }
        if (rows > 2) {
            c20.intoArray(left, li + 2 * ld);
            c21.intoArray(left, li + 2 * ld + LANES);
            c22.intoArray(right, ri + 2 * ld);
            c23.intoArray(right, ri + 2 * ld + LANES);
        }
        if (rows > 3) {
            c30.intoArray(left, li + 3 * ld);
            c31.intoArray(left, li + 3 * ld + LANES);
            c32.intoArray(right, ri + 3 * ld);
            c33.intoArray(right, ri + 3 * ld + LANES);
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

    /** Per-thread buffers for a rearranged operand, a transposed product and the tiles of stacked rows. */
    static final class ScratchB {
        private static final ThreadLocal<ScratchB> PER_THREAD = ThreadLocal.withInitial(ScratchB::new);
        private float[] operand = new float[0];
        private float[] panel = new float[0];
        private float[] product = new float[0];
        private final float[] leftTile = new float[STACKED_ROWS * NR];
        private final float[] rightTile = new float[STACKED_ROWS * NR];
        private final float[] sums = new float[SkinnyDots.BLOCK];

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

        /** The rows × cols matrix at src[off] (row stride ld) copied with row stride width, zeros after each row. */
        float[] padded(float[] src, int off, int ld, int rows, int cols, int width) {
            if (panel.length < rows * width) panel = new float[rows * width];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(src, off + r * ld, panel, r * width, cols);
                java.util.Arrays.fill(panel, r * width + cols, (r + 1) * width, 0f);
            }
            return panel;
        }

        float[] product(int size) {
            if (product.length < size) product = new float[size];
            return product;
        }

        float[] leftTile() {
            return leftTile;
        }

        float[] rightTile() {
            return rightTile;
        }

        /** Room for one block of dot products. */
        float[] sums() {
            return sums;
        }
    }
}
