package io.gan4j.tensor.kernel.conv;

/**
 * How a batch is cut into runs of images, each unfolded into one column matrix. The cut depends only on the
 * geometry, never on the thread count, so results are the same bits for any number of threads.
 *
 * <p>Small output planes are multiplied with one GEMM per run (after copying the run's column-side values into
 * one matrix), to make the GEMM wide enough; large ones with one GEMM per image, which needs no copy.
 */
record ConvChunks(int imagesPerChunk, int count, int batch, boolean gemmPerImage) {
    /** Aim for GEMMs at least this many columns wide. */
    private static final int TARGET_COLUMNS = 512;
    /** Keep at least this many chunks (when the batch allows) so two or more threads share the work. */
    private static final int MIN_CHUNKS = 4;
    /** From this many output positions per image on, a GEMM per image is wide enough. */
    private static final int PER_IMAGE_COLUMNS = 128;
    /** Weight-gradient partial sums: chunk j adds into lane j % LANES; lanes are then added in order. */
    private static final int WEIGHT_GRADIENT_LANES = 4;

    static ConvChunks of(ConvGeometry g) {
        int wanted = Math.ceilDiv(TARGET_COLUMNS, g.outPlane());
        int images = Math.clamp(Math.min(wanted, Math.ceilDiv(g.batch(), MIN_CHUNKS)), 1, g.batch());
        boolean perImage = images == 1 || g.outPlane() >= PER_IMAGE_COLUMNS;
        return new ConvChunks(images, Math.ceilDiv(g.batch(), images), g.batch(), perImage);
    }

    int first(int chunk) {
        return chunk * imagesPerChunk;
    }

    int images(int chunk) {
        return Math.min(imagesPerChunk, batch - first(chunk));
    }

    /** How many weight-gradient partial sums there are (each summed by one thread, its chunks in order). */
    int lanes() {
        return Math.min(count, WEIGHT_GRADIENT_LANES);
    }
}
