package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Activations;

/**
 * x where x > 0, slope * x elsewhere. The slope is always explicit: PyTorch's default is
 * 0.01, Keras's 0.3, and DCGAN-style discriminators use 0.2.
 */
public final class LeakyRelu extends Function {
    private final float slope;

    public LeakyRelu(float slope) {
        this.slope = slope;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], (x, r) -> Activations.leakyRelu(x, slope, r));
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {new LeakyReluGrad(input(0).value(), slope).call(gy)};
    }
}
