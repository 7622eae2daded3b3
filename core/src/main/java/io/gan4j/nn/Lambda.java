package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import java.util.function.UnaryOperator;

/**
 * A parameter-free module from a function, e.g. an activation: {@code new Lambda("ReLU", Variable::relu)}.
 * The function must treat examples independently and keep no state: a GAN step may run it on parts of a
 * batch at once (see {@link Module#batching}). Write a module of its own for anything else.
 */
public final class Lambda extends Module {
    private final String name;
    private final UnaryOperator<Variable> f;

    public Lambda(String name, UnaryOperator<Variable> f) {
        this.name = name;
        this.f = f;
    }

    @Override
    public Variable forward(Variable x) {
        return f.apply(x);
    }

    @Override
    protected String describe() {
        return name;
    }
}
