package io.gan4j.nn;

/** Argument checks shared by the convolution layers. */
final class ConvLayers {
    private ConvLayers() {}

    static void requireSizes(String layer, int in, int out, int kernel, int stride, int padding) {
        if (in <= 0 || out <= 0 || kernel <= 0 || stride <= 0) {
            throw new IllegalArgumentException(layer + ": in, out, kernel and stride must be positive, got in " + in + ", out " + out
                    + ", kernel " + kernel + ", stride " + stride);
        }
        if (padding < 0) throw new IllegalArgumentException(layer + ": padding must not be negative, got " + padding);
    }
}
