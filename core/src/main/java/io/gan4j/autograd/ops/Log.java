package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.FastMath;

/** Natural log (NaN below 0, -inf at 0); d/dx = 1 / x. */
public final class Log extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], FastMath::log);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.div(input(0))};
    }
}
