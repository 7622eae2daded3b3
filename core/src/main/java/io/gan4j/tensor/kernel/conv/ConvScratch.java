package io.gan4j.tensor.kernel.conv;

/**
 * Per-thread working arrays for the convolution kernels, grown on demand and kept for the next call.
 * Contents are garbage between uses; every kernel writes a buffer fully before reading it.
 */
final class ConvScratch {
    private static final ThreadLocal<ConvScratch> LOCAL = ThreadLocal.withInitial(ConvScratch::new);

    private float[] columns = new float[0];
    private float[] gathered = new float[0];
    private float[] partials = new float[0];

    private ConvScratch() {}

    static ConvScratch get() {
        return LOCAL.get();
    }

    /** The im2col matrix of one chunk (of one image for {@link SmallPatchConv}). */
    float[] columns(int size) {
        if (columns.length < size) columns = new float[size];
        return columns;
    }

    /** A chunk's column-side values laid out as one [F, images*OH*OW] matrix. */
    float[] gathered(int size) {
        if (gathered.length < size) gathered = new float[size];
        return gathered;
    }

    /**
     * Weight-gradient partial sums (per chunk, or per run of images for {@link SmallPatchConv}), owned by the calling
     * thread for one call.
     */
    float[] partials(int size) {
        if (partials.length < size) partials = new float[size];
        return partials;
    }
}
