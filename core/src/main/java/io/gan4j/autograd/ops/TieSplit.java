package io.gan4j.autograd.ops;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Compare;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

/**
 * The backward of an elementwise choice between a and b (max, min): the gradient goes to the operand
 * chosen, and on ties it is split in half (as PyTorch), so the two gradients always add up to gy.
 */
final class TieSplit {
    private TieSplit() {}

    /** Gradients of a and b, where {@code chosen} tells where a wins over b. */
    static Variable[] backward(String op, Compare.Op chosen, Variable gy, Variable a, Variable b, boolean[] needsGrad) {
        Tensor wins = Compare.apply(op, chosen, a.value(), b.value());
        Tensor ties = Compare.apply(op, Compare.Op.EQ, a.value(), b.value());
        Tensor shareA = Elementwise.binary(op, Elementwise.Binary.ADD, wins,
                Elementwise.binary(op, Elementwise.Binary.MUL, ties, Tensor.scalar(0.5f)));
        Tensor shareB = Elementwise.binary(op, Elementwise.Binary.SUB, Tensor.scalar(1f), shareA);
        return new Variable[] {
            needsGrad[0] ? gy.mul(Variable.constant(shareA)).sumTo(a.shape()) : null,
            needsGrad[1] ? gy.mul(Variable.constant(shareB)).sumTo(b.shape()) : null
        };
    }
}
