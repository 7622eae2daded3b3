package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.FastMath;

/** log(sigmoid(x)) = -softplus(-x), stable; d/dx = sigmoid(-x) = 1 - sigmoid(x). */
public final class LogSigmoid extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], FastMath::logSigmoid);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.mul(input(0).neg().sigmoid())};
    }
}
