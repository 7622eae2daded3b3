package io.gan4j.nn;

import io.gan4j.autograd.Variable;

/** [N, d1, d2, …] → [N, d1·d2·…]: keeps the batch axis, flattens the rest (shares the data). */
public final class Flatten extends Module {
    @Override
    public Variable forward(Variable x) {
        if (x.value().rank() < 1) throw new IllegalArgumentException("Flatten: needs a batch axis, got a scalar");
        int n = x.dim(0);
        return x.reshape(n, n == 0 ? 0 : x.value().size() / n);
    }

    @Override
    protected String describe() {
        return "Flatten()";
    }
}
