package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;

/**
 * {@link SumTo} whose value the pass that made its input already computed, in the same order (so the
 * same bits): recording it keeps the graph, and its gradient, those of a sum.
 */
public final class KnownSumTo extends Function {
    private final Tensor sum;

    public KnownSumTo(Tensor sum) {
        this.sum = sum;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        return sum;
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.broadcastTo(input(0).shape())};
    }
}
