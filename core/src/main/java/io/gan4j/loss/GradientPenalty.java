package io.gan4j.loss;

import io.gan4j.autograd.Autograd;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The WGAN-GP penalty (Gulrajani et al., 2017, Algorithm 1): on random interpolates
 * x̂ = εx + (1 − ε)x̃, ε ~ U[0, 1] per example, penalise (‖∇x̂ D(x̂)‖₂ − 1)². The gradient is
 * taken with createGraph, so the penalty's own gradient reaches D's parameters.
 */
public record GradientPenalty(float lambda) {
    /** The paper's λ. */
    public static final double DEFAULT_LAMBDA = 10;

    public GradientPenalty {
        if (!(lambda > 0) || !Float.isFinite(lambda)) throw new IllegalArgumentException("lambda must be positive, got " + lambda);
    }

    /** The unweighted penalty mean((‖∇D(x̂)‖ − 1)²); multiply by {@link #lambda()}. */
    public Variable of(UnaryOperator<Variable> critic, Variable real, Variable fake, Rng rng) {
        int n = real.dim(0);
        int[] epsShape = new int[real.shape().length];
        Arrays.fill(epsShape, 1);
        epsShape[0] = n;
        Variable eps = Variable.constant(Tensor.uniform(rng, 0f, 1f, epsShape));
        Tensor mixed = real.detach().mul(eps).add(fake.detach().mul(eps.rsub(1f))).value();
        Variable xHat = Variable.param(mixed);
        Variable scores = critic.apply(xHat);
        Variable grad = Autograd.grad(new Variable[] {scores}, null, new Variable[] {xHat}, true)[0];
        Variable perExample = grad.reshape(n, -1).square().sum(false, 1).add(1e-12f).sqrt();
        return perExample.sub(1f).square().mean();
    }
}
