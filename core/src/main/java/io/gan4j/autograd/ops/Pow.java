package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

/**
 * x^p for a constant float exponent, with Java's {@code Math.pow} rules (e.g. NaN for x < 0 and
 * non-integer p; x^0 = 1). Values are {@code StrictMath.pow} rounded to float, so they are
 * reproducible everywhere; p = 1 and p = 2 take exact fast paths with the same bits.
 * d/dx = p x^(p-1) (0 for p = 0).
 */
public final class Pow extends Function {
    private final float p;

    public Pow(float p) {
        this.p = p;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        Tensor x = in[0];
        if (p == 1f) return x.copy();
        if (p == 2f) return Elementwise.binary("pow", Elementwise.Binary.MUL, x, x);
        double exponent = p;
        return Elementwise.map(x, v -> (float) StrictMath.pow(v, exponent));
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable x = input(0);
        if (p == 0f) return new Variable[] {Variable.constant(Tensor.zeros(x.shape()))};
        return new Variable[] {gy.mul(x.pow(p - 1f).mul(p))};
    }
}
