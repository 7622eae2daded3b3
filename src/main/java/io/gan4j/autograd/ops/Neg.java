package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.Elementwise;
import jdk.incubator.vector.VectorOperators;

/** -x. */
public final class Neg extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        return Elementwise.unary(in[0], VectorOperators.NEG, x -> -x);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.neg()};
    }
}
