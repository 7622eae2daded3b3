package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Activations;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

/** |x|; d/dx = sign(x), taken as 0 at x = 0 (as PyTorch). The sign is a constant, so d2/dx2 = 0. */
public final class Abs extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.unary(in[0], Elementwise.Unary.ABS);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Tensor sign = UnaryKernel.apply(input(0).value(), Activations::sign);
        return new Variable[] {gy.mul(Variable.constant(sign))};
    }
}
