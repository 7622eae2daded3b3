package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;
import io.gan4j.tensor.kernel.elementwise.Activations;

/**
 * The backward of a dense layer with a fused leaky ReLU ({@link Affine#withLeakyRelu}): the activation's
 * gradient g and, in the same pass over it, g's column sums, which are the bias gradient. Both enter the
 * graph as ordinary values ({@link LeakyReluGrad}'s and {@link KnownSumTo}'s), so second derivatives work.
 */
public final class DenseLeakyReluGrad {
    /** The activation's gradient, and the bias gradient (its column sums). */
    public record Result(Variable activationGrad, Variable biasGrad) {}

    private DenseLeakyReluGrad() {}

    /** For a layer output of [rows, columns] (its sign is the pre-activation's, slope ≥ 0) and its gradient gy. */
    public static Result of(Variable gy, Tensor output, float slope) {
        if (output.rank() != 2) throw new IllegalArgumentException("dense leaky relu grad: needs a matrix, got rank " + output.rank());
        SummingColumns op = new SummingColumns(output, slope);
        Variable g = op.call(gy);
        return new Result(g, new KnownSumTo(op.columnSums).call(g));
    }

    /** {@link LeakyReluGrad}'s forward that also sums each column of its result. */
    private static final class SummingColumns extends Function {
        private final Tensor x;
        private final float slope;
        private Tensor columnSums;

        SummingColumns(Tensor x, float slope) {
            this.x = x;
            this.slope = slope;
        }

        @Override
        protected Tensor forward(Tensor... in) {
            float[] r = Workspace.uninitialized(x.size());
            float[] sums = new float[x.dim(1)];
            Activations.leakyReluGradWithColumnSums(in[0].data(), x.data(), slope, r, x.dim(1), sums);
            columnSums = Tensor.of(sums, x.dim(1));
            return Tensor.of(r, x.shape());
        }

        @Override
        protected Variable[] backward(Variable gy, boolean[] needsGrad) {
            return new Variable[] {new LeakyReluGrad(x, slope).call(gy)};
        }
    }
}
