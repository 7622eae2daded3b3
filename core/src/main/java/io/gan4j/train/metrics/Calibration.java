package io.gan4j.train.metrics;

import io.gan4j.data.ImageData;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the image measures say of image sets whose quality is known: real training images (the floor), test images
 * with Gaussian noise or blurred (worse the more), and real images of only half the classes (mode collapse). The
 * Fréchet classifier distance should rise in that order; the half set should be flagged as mode collapse.
 */
public final class Calibration {
    /** The sets, in the order of the table. */
    public static final List<String> SETS = List.of("real training images", "test images + noise σ 0.2", "test images + noise σ 0.5",
            "test images blurred 3×3 once", "test images blurred 3×3 three times", "real training images of classes 0-4 only");

    private Calibration() {}

    /** Each set of {@code n} images by name, measured against the reference. */
    public static Map<String, ImageQuality> measure(ImageQuality.Reference reference, ImageData train, ImageData test, int n, long seed) {
        Tensor real = firstShuffled(train, n, seed), clean = firstShuffled(test, n, seed + 1);
        Map<String, ImageQuality> out = new LinkedHashMap<>();
        out.put(SETS.get(0), ImageQuality.measure(reference, real));
        out.put(SETS.get(1), ImageQuality.measure(reference, noisy(clean, 0.2f, seed)));
        out.put(SETS.get(2), ImageQuality.measure(reference, noisy(clean, 0.5f, seed)));
        out.put(SETS.get(3), ImageQuality.measure(reference, blurred(clean, 1)));
        out.put(SETS.get(4), ImageQuality.measure(reference, blurred(clean, 3)));
        out.put(SETS.get(5), ImageQuality.measure(reference, firstShuffled(train.withClasses(0, 1, 2, 3, 4), n, seed)));
        return out;
    }

    private static Tensor firstShuffled(ImageData data, int n, long seed) {
        int[] order = ClassifierTraining.shuffled(data.size(), new Rng(seed));
        return data.images(Arrays.copyOf(order, Math.min(n, order.length)));
    }

    /** Each pixel plus N(0, σ²), clipped to [−1, 1]. */
    static Tensor noisy(Tensor images, float sigma, long seed) {
        Tensor noise = Tensor.normal(new Rng(seed + 7), 0f, sigma, images.shape());
        float[] out = images.data().clone();
        for (int i = 0; i < out.length; i++) out[i] = Math.clamp(out[i] + noise.data()[i], -1f, 1f);
        return Tensor.of(out, images.shape());
    }

    /** {@code passes} 3×3 box blurs of each image (edges averaged over the pixels inside). */
    static Tensor blurred(Tensor images, int passes) {
        int n = images.dim(0), h = images.dim(2), w = images.dim(3);
        float[] a = images.data().clone(), b = new float[a.length];
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < n; k++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        float sum = 0;
                        int count = 0;
                        for (int dy = -1; dy <= 1; dy++) {
                            for (int dx = -1; dx <= 1; dx++) {
                                int yy = y + dy, xx = x + dx;
                                if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
                                sum += a[k * h * w + yy * w + xx];
                                count++;
                            }
                        }
                        b[k * h * w + y * w + x] = sum / count;
                    }
                }
            }
            float[] t = a;
            a = b;
            b = t;
        }
        return Tensor.of(a, images.shape());
    }
}
