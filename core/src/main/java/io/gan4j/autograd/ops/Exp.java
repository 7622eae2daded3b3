package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.FastMath;

/** e^x; the derivative is the output itself. */
public final class Exp extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], FastMath::exp);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.mul(output())};
    }
}
