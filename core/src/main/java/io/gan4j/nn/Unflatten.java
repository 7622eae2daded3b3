package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;

/** [N, …] → [N, s1, s2, …] for a fixed per-example shape, e.g. a generator's [N, 784] to [N, 1, 28, 28]. */
public final class Unflatten extends Module {
    private final int[] exampleShape;

    public Unflatten(int... exampleShape) {
        for (int d : exampleShape) {
            if (d <= 0) throw new IllegalArgumentException("Unflatten: dimensions must be positive, got " + Shape.str(exampleShape));
        }
        this.exampleShape = exampleShape.clone();
    }

    @Override
    public Variable forward(Variable x) {
        int[] shape = new int[exampleShape.length + 1];
        shape[0] = x.dim(0);
        System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
        return x.reshape(shape);
    }

    @Override
    protected String describe() {
        return "Unflatten" + Shape.str(exampleShape);
    }
}
