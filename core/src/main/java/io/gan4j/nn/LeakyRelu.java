package io.gan4j.nn;

import io.gan4j.autograd.Variable;

/**
 * max(x, slope·x) for slope in [0, 1], as a layer. {@link Sequential} runs it fused into the
 * {@link Linear} before it, so the activation costs no pass of its own.
 */
public final class LeakyRelu extends Module {
    /** As given (the description shows it so); the op takes it as a float. */
    private final double slope;

    public LeakyRelu(double slope) {
        if (!(slope >= 0 && slope <= 1)) throw new IllegalArgumentException("LeakyReLU: slope must be in [0, 1], got " + slope);
        this.slope = slope;
    }

    public float slope() {
        return (float) slope;
    }

    @Override
    public Variable forward(Variable x) {
        return x.leakyRelu(slope());
    }

    @Override
    protected String describe() {
        return "LeakyReLU(" + slope + ")";
    }
}
