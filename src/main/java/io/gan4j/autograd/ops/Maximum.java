package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.Compare;
import io.gan4j.tensor.kernel.Elementwise;

/**
 * Elementwise maximum of a and b, broadcasting (NaN wins, as Math.max). The gradient goes to the
 * larger operand; on ties it is split in half between a and b (as PyTorch), so the sum of
 * both gradients is always gy.
 */
public final class Maximum extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.binary("maximum", Elementwise.Binary.MAX, in[0], in[1]);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable a = input(0), b = input(1);
        Tensor wins = Compare.apply("maximum", Compare.Op.GT, a.value(), b.value());
        Tensor ties = Compare.apply("maximum", Compare.Op.EQ, a.value(), b.value());
        Tensor shareA = Elementwise.binary("maximum", Elementwise.Binary.ADD, wins,
                Elementwise.binary("maximum", Elementwise.Binary.MUL, ties, Tensor.scalar(0.5f)));
        Tensor shareB = Elementwise.binary("maximum", Elementwise.Binary.SUB, Tensor.scalar(1f), shareA);
        return new Variable[] {
            needsGrad[0] ? gy.mul(Variable.constant(shareA)).sumTo(a.shape()) : null,
            needsGrad[1] ? gy.mul(Variable.constant(shareB)).sumTo(b.shape()) : null
        };
    }
}
