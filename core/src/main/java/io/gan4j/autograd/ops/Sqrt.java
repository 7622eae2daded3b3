package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

/** Square root (exactly rounded; NaN below 0); d/dx = 1 / (2 sqrt x), from the output. */
public final class Sqrt extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.unary(in[0], Elementwise.Unary.SQRT);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.div(output().mul(2f))};
    }
}
