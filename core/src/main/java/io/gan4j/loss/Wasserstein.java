package io.gan4j.loss;

import io.gan4j.autograd.Variable;
import java.util.List;

/**
 * Wasserstein (Arjovsky et al., 2017): the critic maximises D(real) − D(fake), so minimises
 * its negative; G minimises −D(fake). The critic must be kept Lipschitz, by weight clipping
 * (WGAN) or a gradient penalty (WGAN-GP, Gulrajani et al., 2017).
 *
 * @param clip             WGAN: the critic's weights are clamped to [−clip, clip] after each update; 0 for none
 * @param gradientPenalty  WGAN-GP: the penalty added to the critic's loss, or null for none
 */
public record Wasserstein(float clip, GradientPenalty gradientPenalty) implements ScoreObjective {
    /** WGAN's clipping bound (the paper's c). */
    public static final double DEFAULT_CLIP = 0.01;

    public Wasserstein {
        if (!(clip >= 0) || !Float.isFinite(clip)) throw new IllegalArgumentException("clip must be >= 0, got " + clip);
    }

    /** A critic with no constraint of its own. */
    public Wasserstein() {
        this(0f, null);
    }

    /** WGAN: weights clipped to [−c, c]. */
    public static Wasserstein clipped(float c) {
        return new Wasserstein(c, null);
    }

    /** WGAN-GP: λ·(‖∇D(x̂)‖ − 1)² added to the critic's loss. */
    public static Wasserstein withGradientPenalty(float lambda) {
        return new Wasserstein(0f, new GradientPenalty(lambda));
    }

    @Override
    public Variable discriminatorLoss(Variable dReal, Variable dFake) {
        return dFake.mean().sub(dReal.mean());
    }

    @Override
    public void afterDiscriminatorUpdate(List<Variable> parameters) {
        if (clip > 0) WeightClip.apply(parameters, clip);
    }

    @Override
    public boolean isCritic() {
        return true;
    }

    @Override
    public String name() {
        return "wasserstein";
    }
}
