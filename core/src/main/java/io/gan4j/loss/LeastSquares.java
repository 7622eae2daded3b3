package io.gan4j.loss;

import io.gan4j.autograd.Variable;

/**
 * Least squares (Mao et al., 2017, LSGAN): D pulls real outputs to {@code realTarget} and
 * generated ones to {@code fakeTarget}; G pulls generated outputs to {@code generatorTarget}.
 * Simple_GAN uses real 1, fake −1 (and G aims at 1).
 */
public record LeastSquares(float realTarget, float fakeTarget, float generatorTarget) implements Objective {
    /** LSGAN's 0-1 coding (Mao et al., 2017): D's targets 1 for real, 0 for generated; G aims at 1. */
    public static final double DEFAULT_REAL_TARGET = 1;
    public static final double DEFAULT_FAKE_TARGET = 0;
    public static final double DEFAULT_GENERATOR_TARGET = 1;

    public LeastSquares {
        if (realTarget == fakeTarget) throw new IllegalArgumentException("realTarget and fakeTarget must differ, both are " + realTarget);
    }

    @Override
    public Variable discriminatorLoss(Variable dReal, Variable dFake) {
        return dReal.sub(realTarget).square().mean().add(dFake.sub(fakeTarget).square().mean()).mul(0.5f);
    }

    @Override
    public Variable generatorLoss(Variable dFake) {
        return dFake.sub(generatorTarget).square().mean().mul(0.5f);
    }

    @Override
    public float shown(float raw) {
        return raw;
    }

    /** Fooled when the output is nearer the real target than the fake one. */
    @Override
    public boolean fooled(float raw) {
        return Math.abs(raw - realTarget) < Math.abs(raw - fakeTarget);
    }

    @Override
    public String name() {
        return "least-squares";
    }
}
