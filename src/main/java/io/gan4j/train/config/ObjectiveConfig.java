package io.gan4j.train.config;

import java.util.List;

/**
 * The GAN objective.
 *
 * @param kind            bce (non-saturating) | minimax | least_squares | wasserstein | wgan_gp | hinge
 * @param realLabel       bce: target for real examples; below 1 is one-sided label smoothing (e.g. 0.9)
 * @param realTarget      least_squares: D's target for real examples
 * @param fakeTarget      least_squares: D's target for generated examples
 * @param generatorTarget least_squares: G's target for its examples
 * @param lambda          wgan_gp: weight of the gradient penalty
 * @param clip            wasserstein: clip the critic's weights to [−clip, clip] after each update (0 for none)
 */
public record ObjectiveConfig(String kind, double realLabel, double realTarget, double fakeTarget, double generatorTarget,
                              double lambda, double clip) {
    public static final List<String> KINDS = List.of("bce", "minimax", "least_squares", "wasserstein", "wgan_gp", "hinge");
    public static final ObjectiveConfig DEFAULTS = new ObjectiveConfig("bce", 1, 1, 0, 1, 10, 0.01);

    void validate() {
        Check.oneOf("objective.kind", kind, KINDS);
        if (!((float) realLabel > 0.5f && realLabel <= 1)) throw new ConfigException("objective.realLabel must be in (0.5, 1], got " + realLabel);
        if ((float) realTarget == (float) fakeTarget) throw new ConfigException("objective.realTarget and objective.fakeTarget must differ, both are " + realTarget);
        Check.positive("objective.lambda", lambda);
        Check.nonNegative("objective.clip", clip);
    }
}
