package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;
import io.gan4j.tensor.kernel.elementwise.Activations;

/**
 * The (leaky) ReLU backward as one fused pass: g where x > 0, slope * g elsewhere, for a fixed
 * x. It is linear in g, so its own backward is the same op, which makes ReLU gradients
 * differentiable again (with second derivative 0 away from the kink).
 */
public final class LeakyReluGrad extends Function {
    private final Tensor x;
    private final float slope;

    public LeakyReluGrad(Tensor x, float slope) {
        this.x = x;
        this.slope = slope;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        float[] r = Workspace.uninitialized(x.size());
        Activations.leakyReluGrad(in[0].data(), x.data(), slope, r);
        return Tensor.of(r, x.shape());
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {new LeakyReluGrad(x, slope).call(gy)};
    }
}
