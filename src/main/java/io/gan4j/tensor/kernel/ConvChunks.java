package io.gan4j.tensor.kernel;

/**
 * How a batch is cut into runs of images, each unfolded into one column matrix and handled by one GEMM.
 * The cut depends only on the geometry, never on the thread count, so results are the same bits for any
 * number of threads.
 */
record ConvChunks(int imagesPerChunk, int count, int batch) {
    /** Aim for GEMMs at least this many columns wide. */
    private static final int TARGET_COLUMNS = 512;
    /** Keep at least this many chunks (when the batch allows) so two or more threads share the work. */
    private static final int MIN_CHUNKS = 4;

    static ConvChunks of(ConvGeometry g) {
        int wanted = Math.ceilDiv(TARGET_COLUMNS, g.outPlane());
        int images = Math.clamp(Math.min(wanted, Math.ceilDiv(g.batch(), MIN_CHUNKS)), 1, g.batch());
        return new ConvChunks(images, Math.ceilDiv(g.batch(), images), g.batch());
    }

    int first(int chunk) {
        return chunk * imagesPerChunk;
    }

    int images(int chunk) {
        return Math.min(imagesPerChunk, batch - first(chunk));
    }
}
