package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;

/** Reorders axes: output axis i is input axis {@code axes[i]}; the gradient applies the inverse order. */
public final class Permute extends Function {
    private final int[] axes;

    public Permute(int... axes) {
        this.axes = axes.clone();
    }

    @Override
    protected Tensor forward(Tensor... in) {
        return io.gan4j.tensor.kernel.elementwise.Permute.permute(in[0], Axes.permutation("permute", axes, in[0].shape()));
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        int[] perm = Axes.permutation("permute", axes, input(0).shape());
        return new Variable[] {gy.permute(Axes.inverse(perm))};
    }
}
