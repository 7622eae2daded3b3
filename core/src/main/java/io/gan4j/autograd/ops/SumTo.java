package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Reduce;

/** Sums broadcast axes away down to a target shape; sum() is sumTo() of the empty shape. */
public final class SumTo extends Function {
    private final int[] shape;

    public SumTo(int... shape) {
        this.shape = shape.clone();
    }

    @Override
    protected Tensor forward(Tensor... in) {
        return Reduce.sumTo(in[0], shape);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.broadcastTo(input(0).shape())};
    }
}
