package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

/** Repeats a tensor along broadcast axes up to a target shape. */
public final class BroadcastTo extends Function {
    private final int[] shape;

    public BroadcastTo(int... shape) {
        this.shape = shape.clone();
    }

    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.broadcastTo(in[0], shape);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.sumTo(input(0).shape())};
    }
}
