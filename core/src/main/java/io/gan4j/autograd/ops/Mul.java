package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

/** a * b, broadcasting. */
public final class Mul extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.binary("mul", Elementwise.Binary.MUL, in[0], in[1]);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable a = input(0), b = input(1);
        return new Variable[] {
            needsGrad[0] ? gy.mul(b).sumTo(a.shape()) : null,
            needsGrad[1] ? gy.mul(a).sumTo(b.shape()) : null
        };
    }
}
