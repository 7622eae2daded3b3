package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;

/**
 * The column sums of a matrix ({@link SumTo} to its last dimension) when the pass that made the matrix
 * already computed them: recording it keeps the graph, and its gradient, those of a sum.
 */
public final class KnownSumTo extends Function {
    private final Tensor sum;

    public KnownSumTo(Tensor sum) {
        this.sum = sum;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        if (in[0].rank() != 2 || sum.rank() != 1 || sum.dim(0) != in[0].dim(1)) {
            throw new ShapeException("known sum: " + Shape.str(sum.shape()) + " are not the column sums of a matrix " + Shape.str(in[0].shape()));
        }
        return sum;
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.broadcastTo(input(0).shape())};
    }
}
