package io.gan4j.autograd;

import io.gan4j.tensor.Tensor;

/**
 * A primitive differentiable op: {@link #forward} computes the output from input values,
 * {@link #backward} gives the inputs' gradients from the output's gradient.
 *
 * <p>Backward is written with {@link Variable} ops, so when the engine runs it with graph
 * recording on, gradients are themselves differentiable (gradients of gradients, as a WGAN-GP
 * penalty needs). An instance is used once: it becomes the output's graph node.
 */
public abstract class Function {
    private Variable[] inputs;
    private Variable output;

    /** The output value from the inputs' values. */
    protected abstract Tensor forward(Tensor... inputs);

    /**
     * The gradient for each input given the output's gradient {@code gy}; an entry may be null
     * when {@code needsGrad[i]} is false (the engine never reads it).
     */
    protected abstract Variable[] backward(Variable gy, boolean[] needsGrad);

    /** Runs the op, recording it in the graph when any input requires a gradient. */
    public final Variable call(Variable... in) {
        Tensor[] values = new Tensor[in.length];
        boolean record = false;
        for (int i = 0; i < in.length; i++) {
            values[i] = in[i].value();
            record |= in[i].requiresGrad();
        }
        Tensor out = forward(values);
        if (!record || !GradMode.isEnabled()) return Variable.constant(out);
        this.inputs = in.clone();
        this.output = Variable.fromOp(out, this);
        return output;
    }

    /** The i-th input, for backward rules. */
    protected final Variable input(int i) {
        return inputs[i];
    }

    /** The output, for backward rules that reuse it (e.g. sigmoid, exp). */
    protected final Variable output() {
        return output;
    }

    final Variable[] inputs() {
        return inputs;
    }

    /** The op's name in messages: the class name by default. */
    public String name() {
        return getClass().getSimpleName();
    }
}
