package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Activations;

/** max(x, 0); the gradient passes where x > 0 (0 at x = 0, as PyTorch). */
public final class Relu extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], Activations::relu);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {new LeakyReluGrad(input(0).value(), 0f).call(gy)};
    }
}
