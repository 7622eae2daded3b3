package io.gan4j.nn;

import io.gan4j.tensor.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Radford et al.'s DCGAN layout (2016) for small images of [channels, height, width], height and width
 * divisible by 4 (28×28, 32×32, …), with a base channel count b:
 * <pre>
 *   G: Linear(latent → 2b·h/4·w/4), reshape, BatchNorm, ReLU,
 *      ConvTranspose(2b → b, 4×4, stride 2), BatchNorm, ReLU, ConvTranspose(b → channels, 4×4, stride 2), tanh
 *   D: Conv(channels → b, 4×4, stride 2), LeakyReLU, Conv(b → 2b, 4×4, stride 2), BatchNorm or spectral norm,
 *      LeakyReLU, flatten, Linear(2b·h/4·w/4 → 1): one logit
 * </pre>
 * With b = 64 on 28×28 these are the networks of PyTorch's DCGAN examples for MNIST-sized images.
 */
public final class Dcgan {
    /** How the discriminator's second convolution is normalised. */
    public enum Norm { BATCH, SPECTRAL, NONE }

    private Dcgan() {}

    /** The generator: latent vectors [n, latent] to images [n, channels, height, width] in (−1, 1). */
    public static Sequential generator(int latent, int base, int[] image, Init weights, Init biases, Rng rng) {
        int c = channels(image), h = quarter(image[1], "height"), w = quarter(image[2], "width");
        requirePositive("latent", latent);
        requirePositive("base channels", base);
        return new Sequential(
                new Linear(latent, 2 * base * h * w, true, weights, biases, rng),
                new Unflatten(2 * base, h, w),
                new BatchNorm2d(2 * base),
                Activations.relu(),
                new ConvTranspose2d(2 * base, base, 4, 2, 1, 0, true, weights, biases, rng),
                new BatchNorm2d(base),
                Activations.relu(),
                new ConvTranspose2d(base, c, 4, 2, 1, 0, true, weights, biases, rng),
                Activations.tanh());
    }

    /** The discriminator: images [n, channels, height, width] to one logit each, [n, 1]. */
    public static Sequential discriminator(int[] image, int base, double slope, Norm norm, Init weights, Init biases, Rng rng) {
        int c = channels(image), h = quarter(image[1], "height"), w = quarter(image[2], "width");
        requirePositive("base channels", base);
        List<Module> layers = new ArrayList<>();
        layers.add(new Conv2d(c, base, 4, 2, 1, true, weights, biases, rng));
        layers.add(Activations.leakyRelu(slope));
        Conv2d second = new Conv2d(base, 2 * base, 4, 2, 1, true, weights, biases, rng);
        layers.add(norm == Norm.SPECTRAL ? new SpectralNorm(second, rng) : second);
        if (norm == Norm.BATCH) layers.add(new BatchNorm2d(2 * base));
        layers.add(Activations.leakyRelu(slope));
        layers.add(new Flatten());
        layers.add(new Linear(2 * base * h * w, 1, true, weights, biases, rng));
        return new Sequential(layers);
    }

    private static int channels(int[] image) {
        if (image.length != 3) throw new IllegalArgumentException("DCGAN: images must be [channels, height, width], got rank " + image.length);
        requirePositive("channels", image[0]);
        return image[0];
    }

    private static int quarter(int size, String what) {
        if (size < 4 || size % 4 != 0) throw new IllegalArgumentException("DCGAN: image " + what + " must be a multiple of 4, got " + size);
        return size / 4;
    }

    private static void requirePositive(String what, int v) {
        if (v < 1) throw new IllegalArgumentException("DCGAN: " + what + " must be at least 1, got " + v);
    }
}
