package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Permute;

/** Swaps two axes (negative axes count from the end); its own adjoint. */
public final class Transpose extends Function {
    private final int a;
    private final int b;

    public Transpose(int a, int b) {
        this.a = a;
        this.b = b;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        int[] shape = in[0].shape();
        int[] axes = new int[shape.length];
        for (int i = 0; i < axes.length; i++) axes[i] = i;
        int i = Axes.normalise("transpose", a, shape), j = Axes.normalise("transpose", b, shape);
        axes[i] = j;
        axes[j] = i;
        return Permute.permute(in[0], axes);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.transpose(a, b)};
    }
}
