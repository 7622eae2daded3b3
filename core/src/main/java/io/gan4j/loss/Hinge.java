package io.gan4j.loss;

import io.gan4j.autograd.Variable;

/**
 * Hinge loss (Lim and Ye, 2017; Miyato et al., 2018): D minimises
 * mean(relu(1 − D(real))) + mean(relu(1 + D(fake))); G minimises −mean(D(fake)).
 */
public record Hinge() implements ScoreObjective {
    @Override
    public Variable discriminatorLoss(Variable dReal, Variable dFake) {
        return dReal.rsub(1f).relu().mean().add(dFake.add(1f).relu().mean());
    }

    @Override
    public String name() {
        return "hinge";
    }
}
