package io.gan4j.nn;

import io.gan4j.autograd.Variable;

/**
 * A network that takes each example's class beside its input (Mirza and Osindero, 2014): G(z, c) or D(x, c).
 * Labels are indices into the data's classes.
 */
public abstract class Conditional extends Module {
    private final int classes;

    protected Conditional(int classes) {
        if (classes < 2) throw new IllegalArgumentException("a conditional network needs at least 2 classes, got " + classes);
        this.classes = classes;
    }

    /** The network's output for inputs {@code x} [n, ...] of classes {@code labels} [n]. */
    public abstract Variable forward(Variable x, int[] labels);

    public final int classes() {
        return classes;
    }

    /** A conditional network cannot run without labels. */
    @Override
    public final Variable forward(Variable x) {
        throw new IllegalStateException(getClass().getSimpleName() + " is conditional: it needs each example's class, forward(x, labels)");
    }

    protected final void requireLabels(Variable x, int[] labels) {
        if (labels.length != x.dim(0)) throw new IllegalArgumentException(x.dim(0) + " examples but " + labels.length + " labels");
    }
}
