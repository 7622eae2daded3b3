package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Compare;
import io.gan4j.tensor.kernel.elementwise.Elementwise;

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
        return TieSplit.backward("minimum", Compare.Op.LT, gy, input(0), input(1), needsGrad);
    }
}
