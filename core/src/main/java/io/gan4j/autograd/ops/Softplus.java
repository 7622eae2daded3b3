package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.FastMath;

/** log(1 + e^x), stable (x for large x, e^x for very negative x); d/dx = sigmoid(x). */
public final class Softplus extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], FastMath::softplus);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.mul(input(0).sigmoid())};
    }
}
