package io.gan4j.train.config;

import io.gan4j.train.LatentSampler;
import java.util.List;
import java.util.Locale;

/**
 * The generator's input noise.
 *
 * @param size         latent dimensions (1 or more)
 * @param distribution normal | uniform (uniform in [−1, 1))
 */
public record LatentConfig(int size, String distribution) {
    public static final List<String> DISTRIBUTIONS = List.of("normal", "uniform");
    public static final LatentConfig DEFAULTS = new LatentConfig(5, "normal");

    /** The generator's noise this config names. */
    public LatentSampler toSampler() {
        return new LatentSampler(size, LatentSampler.Distribution.valueOf(distribution.toUpperCase(Locale.ROOT)));
    }

    void validate() {
        Check.oneOf("latent.distribution", distribution, DISTRIBUTIONS);
        Check.byLibrary("latent", this::toSampler);
    }
}
