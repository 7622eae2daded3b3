package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.NR;

/**
 * How one GEMM is cut into chunks: {@code rows × cols} rectangles of C, each a whole number of
 * mr-row blocks and NR-column panels. Chunks are claimed dynamically by the pool's threads, so a
 * few more chunks than threads keep both busy when one is slowed down (a shared machine).
 */
record ChunkGrid(int rows, int cols) {
    /** Chunks per thread at most; more costs scheduling and re-reads of A for little balance. */
    static final int MAX_CHUNKS_PER_THREAD = 4;
    /** A grid this much slower than the fastest estimate is still taken if it has more chunks. */
    private static final double BALANCE_TOLERANCE = 1.03;
    /** Fixed cost of one chunk (claiming it, cold caches), in multiply-adds. */
    private static final long CHUNK_OVERHEAD = 50_000;

    static final ChunkGrid SINGLE = new ChunkGrid(1, 1);

    int chunks() {
        return rows * cols;
    }

    /**
     * The grid with the shortest estimated time on {@code threads} threads, counting each chunk's
     * multiply-adds and its packing of B (a column part packs only its own panels; a row part
     * packs all of them), with at most {@code maxChunks} chunks.
     */
    static ChunkGrid choose(int m, int mr, int n, int k, int threads, long maxChunks, long packCostPerElement) {
        int rowPanels = ceilDiv(m, mr), colPanels = ceilDiv(n, NR);
        long limit = Math.min(maxChunks, (long) threads * MAX_CHUNKS_PER_THREAD);
        ChunkGrid best = SINGLE;
        double bestTime = time(SINGLE, rowPanels, mr, colPanels, k, threads, packCostPerElement);
        for (int cols = 1; cols <= Math.min(colPanels, limit); cols++) {
            for (int rows = 1; rows <= Math.min(rowPanels, limit / cols); rows++) {
                ChunkGrid g = new ChunkGrid(rows, cols);
                double t = time(g, rowPanels, mr, colPanels, k, threads, packCostPerElement);
                if (t < bestTime) {
                    best = g;
                    bestTime = t;
                }
            }
        }
        return mostChunksWithin(best, bestTime * BALANCE_TOLERANCE, rowPanels, mr, colPanels, k, threads, limit, packCostPerElement);
    }

    private static ChunkGrid mostChunksWithin(ChunkGrid best, double maxTime, int rowPanels, int mr, int colPanels, int k,
                                              int threads, long limit, long packCost) {
        double bestTime = maxTime;
        for (int cols = 1; cols <= Math.min(colPanels, limit); cols++) {
            for (int rows = 1; rows <= Math.min(rowPanels, limit / cols); rows++) {
                ChunkGrid g = new ChunkGrid(rows, cols);
                double t = time(g, rowPanels, mr, colPanels, k, threads, packCost);
                boolean more = g.chunks() > best.chunks(), asMany = g.chunks() == best.chunks();
                if (t <= maxTime && (more || asMany && t < bestTime)) {
                    best = g;
                    bestTime = t;
                }
            }
        }
        return best;
    }

    /** Estimated wall time in multiply-adds: rounds of chunks, each round as long as one chunk. */
    private static double time(ChunkGrid g, int rowPanels, int mr, int colPanels, int k, int threads, long packCost) {
        long height = (long) ceilDiv(rowPanels, g.rows) * mr;
        long width = (long) ceilDiv(colPanels, g.cols) * NR;
        double chunk = (double) (height * width + packCost * width) * k + CHUNK_OVERHEAD;
        return ceilDiv(g.chunks(), threads) * chunk;
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }
}
