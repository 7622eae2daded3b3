package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

/** -x. */
public final class Neg extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.unary(in[0], Elementwise.Unary.NEG);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.neg()};
    }
}
