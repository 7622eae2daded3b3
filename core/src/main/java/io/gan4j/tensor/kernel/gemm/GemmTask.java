package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.MR;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.MR_TRANSPOSED;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.NR;

/**
 * One sgemm call, blocked for the caches and split into chunks that each own a rectangle of C.
 *
 * <p>Loop order (after BLIS): column blocks of op(B), packed whole (all k) into panels; row
 * blocks of A, read in place; k-blocks of at most {@link #KC_MAX}; then one micro-kernel per mr
 * rows × one panel. A panel (kc×NR) stays near L1 while the rows of A stream past it, and the
 * k-blocks run innermost so the block of C they update stays in cache between them.
 *
 * <p>The k-blocks depend only on k, and each C element is summed by one kernel in one fixed
 * order, so the chunking (and the thread count) never changes the result.
 */
final class GemmTask {
    /** Longest k-block: a kc×NR panel of B should stay mostly in L1 (tuned on a 48 KiB L1). */
    static final int KC_MAX = 384;
    /** Rows of A per block, a multiple of both row-block heights; tuned (36 to 60 did about as well). */
    static final int MC = 48;
    /** Floats of packed B per column block (all of k × nc columns): well inside a 2 MiB L2. */
    static final int PANEL_BUDGET = 192 * 1024;
    /** Below this many multiply-adds per chunk, splitting costs more than it saves. */
    static final long MIN_FMAS_PER_CHUNK = 1L << 17;
    /** Cost of packing one element of B, in multiply-adds, when choosing the chunks. */
    private static final int PACK_COST = 4;
    private static final int TRANSPOSED_PACK_COST = 16;

    private final boolean transA, transB;
    private final int m, n, k;
    private final float alpha, beta;
    private final float[] a, b, c;
    private final int aOff, lda, bOff, ldb, cOff, ldc;
    private final int kc;
    /** Rows per micro-kernel block: the kernels for A and for Aᵀ differ. */
    private final int mr;
    private final int rowParts, colParts;
    /** Applied to each element of C after its last k-block; null for none. */
    private final Epilogue epilogue;

    GemmTask(boolean transA, boolean transB, int m, int n, int k, float alpha,
             float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
             float beta, float[] c, int cOff, int ldc, int threads, Epilogue epilogue) {
        this.transA = transA;
        this.transB = transB;
        this.m = m;
        this.n = n;
        this.k = k;
        this.alpha = alpha;
        this.beta = beta;
        this.a = a;
        this.b = b;
        this.c = c;
        this.aOff = aOff;
        this.lda = lda;
        this.bOff = bOff;
        this.ldb = ldb;
        this.cOff = cOff;
        this.ldc = ldc;
        this.epilogue = epilogue;
        int blocks = ceilDiv(k, KC_MAX);
        this.kc = ceilDiv(k, blocks);
        this.mr = transA ? MR_TRANSPOSED : MR;
        long maxChunks = (long) m * n * k / MIN_FMAS_PER_CHUNK;
        ChunkGrid grid = threads == 1 ? ChunkGrid.SINGLE
                : ChunkGrid.choose(m, mr, n, k, threads, maxChunks, transB ? TRANSPOSED_PACK_COST : PACK_COST);
        this.rowParts = grid.rows();
        this.colParts = grid.cols();
    }

    int chunks() {
        return rowParts * colParts;
    }

    void runChunk(int chunk) {
        int rowPanels = ceilDiv(m, mr), colPanels = ceilDiv(n, NR);
        int rp = chunk / colParts, cp = chunk % colParts;
        int r0 = partStart(rp, rowParts, rowPanels) * mr;
        int r1 = Math.min(m, partStart(rp + 1, rowParts, rowPanels) * mr);
        int c0 = partStart(cp, colParts, colPanels) * NR;
        int c1 = Math.min(n, partStart(cp + 1, colParts, colPanels) * NR);
        compute(r0, r1, c0, c1);
    }

    private void compute(int r0, int r1, int c0, int c1) {
        GemmScratch scratch = GemmScratch.get();
        int nc = Math.max(NR, PANEL_BUDGET / k / NR * NR);
        for (int jc = c0; jc < c1; jc += nc) {
            int ncur = Math.min(nc, c1 - jc);
            int blockSize = ceilDiv(ncur, NR) * NR * kc;
            float[] bp = scratch.panels(blockSize * ceilDiv(k, kc));
            for (int pc = 0; pc < k; pc += kc) packB(pc, Math.min(kc, k - pc), jc, ncur, bp, pc / kc * blockSize, scratch);
            for (int ic = r0; ic < r1; ic += MC) {
                int i1 = Math.min(r1, ic + MC);
                for (int pc = 0; pc < k; pc += kc) {
                    int kcur = Math.min(kc, k - pc), bBlock = pc / kc * blockSize;
                    TileUpdate update = TileUpdate.forBlock(pc, beta);
                    Epilogue finish = pc + kcur == k ? epilogue : null;
                    for (int jr = 0; jr < ncur; jr += NR) {
                        strip(ic, i1, pc, kcur, bp, bBlock + jr * kcur, jc + jr, Math.min(NR, ncur - jr), update, finish,
                                scratch.tile());
                    }
                }
            }
        }
    }

    private void packB(int pc, int kcur, int jc, int ncur, float[] bp, int bpOff, GemmScratch scratch) {
        if (transB) PanelPacker.packCols(b, bOff + jc * ldb + pc, ldb, kcur, ncur, bp, bpOff, scratch);
        else PanelPacker.packRows(b, bOff + pc * ldb + jc, ldb, kcur, ncur, bp, bpOff);
    }

    /** Rows [i0, i1) of C's columns [col, col+width) for one k-block, against one packed panel. */
    private void strip(int i0, int i1, int pc, int kcur, float[] bp, int bIdx, int col, int width,
                       TileUpdate update, Epilogue finish, float[] tile) {
        int i = transA ? transposedBlocks(i0, i1, pc, kcur, bp, bIdx, col, width, update, finish, tile)
                : storedBlocks(i0, i1, pc, kcur, bp, bIdx, col, width, update, finish, tile);
        if (i < i1 && i1 - i0 >= MR) i = lastRowsByBlock(i, i1, pc, kcur, bp, bIdx, col, width, update, finish, tile);
        for (; i < i1; i++) {
            int ai = transA ? aOff + pc * lda + i : aOff + i * lda + pc;
            MicroKernels.row1(kcur, a, ai, transA ? lda : 1, bp, bIdx, tile);
            update.apply(tile, 1, c, cOff + i * ldc + col, ldc, col, width, alpha, beta, finish);
        }
    }

    /**
     * The last few rows of a strip (fewer than a block) as the last MR rows, the block reaching back over
     * rows already done; only the new rows are written. One block costs less than a few single-row passes,
     * each a chain of k dependent multiply-adds, and every kernel sums a row the same way, so the bits agree.
     */
    private int lastRowsByBlock(int i, int i1, int pc, int kcur, float[] bp, int bIdx, int col, int width,
                                TileUpdate update, Epilogue finish, float[] tile) {
        int first = i1 - MR, rows = i1 - i;
        if (transA) MicroKernels.cols6(kcur, a, aOff + pc * lda + first, lda, bp, bIdx, tile);
        else MicroKernels.rows6(kcur, a, aOff + first * lda + pc, lda, bp, bIdx, tile);
        System.arraycopy(tile, (MR - rows) * NR, tile, 0, rows * NR);
        update.apply(tile, rows, c, cOff + i * ldc + col, ldc, col, width, alpha, beta, finish);
        return i1;
    }

    /** Whole blocks of MR rows of A as stored; returns the first row left over. */
    private int storedBlocks(int i, int i1, int pc, int kcur, float[] bp, int bIdx, int col, int width,
                             TileUpdate update, Epilogue finish, float[] tile) {
        for (; i + MR <= i1; i += MR) {
            MicroKernels.rows6(kcur, a, aOff + i * lda + pc, lda, bp, bIdx, tile);
            update.apply(tile, MR, c, cOff + i * ldc + col, ldc, col, width, alpha, beta, finish);
        }
        return i;
    }

    /** Whole blocks of MR_TRANSPOSED, then of MR, rows of Aᵀ as stored; returns the first row left over. */
    private int transposedBlocks(int i, int i1, int pc, int kcur, float[] bp, int bIdx, int col, int width,
                                 TileUpdate update, Epilogue finish, float[] tile) {
        for (; i + MR_TRANSPOSED <= i1; i += MR_TRANSPOSED) {
            MicroKernels.cols12(kcur, a, aOff + pc * lda + i, lda, bp, bIdx, tile);
            update.apply(tile, MR_TRANSPOSED, c, cOff + i * ldc + col, ldc, col, width, alpha, beta, finish);
        }
        if (i + MR <= i1) {
            MicroKernels.cols6(kcur, a, aOff + pc * lda + i, lda, bp, bIdx, tile);
            update.apply(tile, MR, c, cOff + i * ldc + col, ldc, col, width, alpha, beta, finish);
            i += MR;
        }
        return i;
    }

    private static int partStart(int part, int parts, int panels) {
        return (int) ((long) part * panels / parts);
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }
}
