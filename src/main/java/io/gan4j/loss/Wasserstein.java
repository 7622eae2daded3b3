package io.gan4j.loss;

import io.gan4j.autograd.Variable;

/**
 * Wasserstein (Arjovsky et al., 2017): the critic maximises D(real) − D(fake), so minimises
 * its negative; G minimises −D(fake). The critic must be kept Lipschitz, by weight clipping
 * (WGAN) or a gradient penalty (WGAN-GP, Gulrajani et al., 2017).
 */
public record Wasserstein() implements Objective {
    @Override
    public Variable discriminatorLoss(Variable dReal, Variable dFake) {
        return dFake.mean().sub(dReal.mean());
    }

    @Override
    public Variable generatorLoss(Variable dFake) {
        return dFake.mean().neg();
    }

    @Override
    public float shown(float raw) {
        return raw;
    }

    /** A critic has no threshold; a positive score reads as "real". */
    @Override
    public boolean fooled(float raw) {
        return raw > 0f;
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
