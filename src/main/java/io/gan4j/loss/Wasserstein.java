package io.gan4j.loss;

import io.gan4j.autograd.Variable;

/**
 * Wasserstein (Arjovsky et al., 2017): the critic maximises D(real) − D(fake), so minimises
 * its negative; G minimises −D(fake). The critic must be kept Lipschitz, by weight clipping
 * (WGAN) or a gradient penalty (WGAN-GP, Gulrajani et al., 2017).
 */
public record Wasserstein() implements ScoreObjective {
    @Override
    public Variable discriminatorLoss(Variable dReal, Variable dFake) {
        return dFake.mean().sub(dReal.mean());
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
