package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.Compare;
import io.gan4j.tensor.kernel.Elementwise;

/**
 * Elementwise minimum of a and b, broadcasting (NaN wins, as Math.min). The gradient goes to the
 * smaller operand; on ties it is split in half between a and b (as PyTorch), so the sum of
 * both gradients is always gy.
 */
public final class Minimum extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.binary("minimum", Elementwise.Binary.MIN, in[0], in[1]);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable a = input(0), b = input(1);
        Tensor wins = Compare.apply("minimum", Compare.Op.LT, a.value(), b.value());
        Tensor ties = Compare.apply("minimum", Compare.Op.EQ, a.value(), b.value());
        Tensor shareA = Elementwise.binary("minimum", Elementwise.Binary.ADD, wins,
                Elementwise.binary("minimum", Elementwise.Binary.MUL, ties, Tensor.scalar(0.5f)));
        Tensor shareB = Elementwise.binary("minimum", Elementwise.Binary.SUB, Tensor.scalar(1f), shareA);
        return new Variable[] {
            needsGrad[0] ? gy.mul(Variable.constant(shareA)).sumTo(a.shape()) : null,
            needsGrad[1] ? gy.mul(Variable.constant(shareB)).sumTo(b.shape()) : null
        };
    }
}
