package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.FastMath;

/** 1 / (1 + e^-x), stable at both tails; d/dx = s (1 - s), from the output. */
public final class Sigmoid extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], FastMath::sigmoid);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.mul(output().mul(output().rsub(1f)))};
    }
}
