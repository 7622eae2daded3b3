package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Activations;

/**
 * min(max(x, lo), hi); the gradient passes where lo <= x <= hi (bounds included, as PyTorch)
 * and is 0 outside.
 */
public final class Clamp extends Function {
    private final float lo;
    private final float hi;

    public Clamp(float lo, float hi) {
        if (!(lo <= hi)) throw new IllegalArgumentException("clamp: lo " + lo + " must not exceed hi " + hi);
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        return UnaryKernel.apply(in[0], (x, r) -> Activations.clamp(x, lo, hi, r));
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Tensor inside = UnaryKernel.apply(input(0).value(), (x, r) -> Activations.insideMask(x, lo, hi, r));
        return new Variable[] {gy.mul(Variable.constant(inside))};
    }
}
