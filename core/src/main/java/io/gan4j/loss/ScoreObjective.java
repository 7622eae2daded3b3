package io.gan4j.loss;

import io.gan4j.autograd.Variable;

/**
 * An objective whose discriminator outputs unbounded scores (critics and hinge): the generator
 * raises its examples' scores, scores are shown as they are, and 0 separates "real" from "fake".
 */
public interface ScoreObjective extends Objective {
    @Override
    default Variable generatorLoss(Variable dFake) {
        return dFake.mean().neg();
    }

    @Override
    default float shown(float raw) {
        return raw;
    }

    @Override
    default boolean fooled(float raw) {
        return raw > 0f;
    }
}
