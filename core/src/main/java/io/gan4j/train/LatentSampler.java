package io.gan4j.train;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;

/** Draws the generator's input noise: standard normal or uniform in [−1, 1), of any size (1 included). */
public record LatentSampler(int size, Distribution distribution) {
    public enum Distribution { NORMAL, UNIFORM }

    public LatentSampler {
        if (size < 1) throw new IllegalArgumentException("size must be at least 1, got " + size);
    }

    public static LatentSampler normal(int size) {
        return new LatentSampler(size, Distribution.NORMAL);
    }

    public static LatentSampler uniform(int size) {
        return new LatentSampler(size, Distribution.UNIFORM);
    }

    /** n latent vectors, shape [n, size]. */
    public Tensor sample(int n, Rng rng) {
        return distribution == Distribution.NORMAL ? Tensor.normal(rng, 0f, 1f, n, size) : Tensor.uniform(rng, -1f, 1f, n, size);
    }
}
