package io.gan4j.loss;

import io.gan4j.autograd.Variable;

/**
 * Binary cross-entropy on logits (Goodfellow et al., 2014). With {@code nonSaturating}, G
 * minimises −log D(G(z)) (the paper's practical choice, strong gradients early); otherwise
 * the minimax log(1 − D(G(z))). {@code realLabel} below 1 is one-sided label smoothing
 * (Salimans et al., 2016).
 *
 * <p>Computed with softplus, so large logits never give log(0):
 * −log σ(x) = softplus(−x), −log(1 − σ(x)) = softplus(x).
 */
public record Bce(boolean nonSaturating, float realLabel) implements Objective {
    /** Real examples' target without label smoothing. */
    public static final double DEFAULT_REAL_LABEL = 1;

    public Bce {
        if (!(realLabel > 0.5f && realLabel <= 1f)) throw new IllegalArgumentException("realLabel must be in (0.5, 1], got " + realLabel);
    }

    @Override
    public Variable discriminatorLoss(Variable dReal, Variable dFake) {
        Variable real = dReal.neg().softplus().mul(realLabel);
        if (realLabel < 1f) real = real.add(dReal.softplus().mul(1f - realLabel));
        return real.mean().add(dFake.softplus().mean());
    }

    @Override
    public Variable generatorLoss(Variable dFake) {
        return nonSaturating ? dFake.neg().softplus().mean() : dFake.softplus().mean().neg();
    }

    @Override
    public float shown(float logit) {
        return (float) (1.0 / (1.0 + StrictMath.exp(-logit)));
    }

    @Override
    public boolean fooled(float logit) {
        return logit > 0f;
    }

    @Override
    public String name() {
        return nonSaturating ? "bce" : "minimax";
    }
}
