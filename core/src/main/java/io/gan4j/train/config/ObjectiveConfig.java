package io.gan4j.train.config;

import io.gan4j.loss.Bce;
import io.gan4j.loss.GradientPenalty;
import io.gan4j.loss.Hinge;
import io.gan4j.loss.LeastSquares;
import io.gan4j.loss.Objective;
import io.gan4j.loss.Wasserstein;
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
    public static final ObjectiveConfig DEFAULTS = new ObjectiveConfig("bce", Bce.DEFAULT_REAL_LABEL, LeastSquares.DEFAULT_REAL_TARGET,
            LeastSquares.DEFAULT_FAKE_TARGET, LeastSquares.DEFAULT_GENERATOR_TARGET, GradientPenalty.DEFAULT_LAMBDA, Wasserstein.DEFAULT_CLIP);

    /** The objective this config names; WGAN's clipping and WGAN-GP's penalty come with it. */
    public Objective toObjective() {
        return of(kind);
    }

    /** The values of every kind are checked by that kind's own class, whichever kind is chosen. */
    void validate() {
        Check.oneOf("objective.kind", kind, KINDS);
        Check.byLibrary("objective", () -> KINDS.forEach(this::of));
    }

    private Objective of(String k) {
        return switch (k) {
            case "bce" -> new Bce(true, (float) realLabel);
            case "minimax" -> new Bce(false, (float) realLabel);
            case "least_squares" -> new LeastSquares((float) realTarget, (float) fakeTarget, (float) generatorTarget);
            case "wasserstein" -> Wasserstein.clipped((float) clip);
            case "wgan_gp" -> Wasserstein.withGradientPenalty((float) lambda);
            case "hinge" -> new Hinge();
            default -> throw new ConfigException("objective.kind must be one of " + String.join(", ", KINDS) + ", got '" + k + "'");
        };
    }
}
