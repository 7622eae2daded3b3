package io.gan4j.train.config;

import java.util.List;

/**
 * The generator's input noise.
 *
 * @param size         latent dimensions (1 or more)
 * @param distribution normal | uniform (uniform in [−1, 1))
 */
public record LatentConfig(int size, String distribution) {
    public static final LatentConfig DEFAULTS = new LatentConfig(5, "normal");

    void validate() {
        Check.atLeast("latent.size", size, 1);
        Check.oneOf("latent.distribution", distribution, List.of("normal", "uniform"));
    }
}
