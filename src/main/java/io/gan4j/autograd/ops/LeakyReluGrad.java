package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;
import io.gan4j.tensor.kernel.Activations;

/**
 * The (leaky) ReLU backward as one fused pass: g where x > 0, slope * g elsewhere, for a fixed
 * x. It is linear in g, so its own backward is the same op, which makes ReLU gradients
 * differentiable again (with second derivative 0 away from the kink).
 *
 * <p>{@link #withColumnSums} also sums the result's columns in the same pass (a dense layer's bias
 * gradient), for {@link KnownSumTo} to hand on.
 */
public final class LeakyReluGrad extends Function {
    private final Tensor x;
    private final float slope;
    private final boolean sumColumns;
    private Tensor columnSums;

    public LeakyReluGrad(Tensor x, float slope) {
        this(x, slope, false);
    }

    private LeakyReluGrad(Tensor x, float slope, boolean sumColumns) {
        this.x = x;
        this.slope = slope;
        this.sumColumns = sumColumns;
    }

    /** The same op on a matrix x that also sums each column of its result; see {@link #columnSums()}. */
    public static LeakyReluGrad withColumnSums(Tensor x, float slope) {
        if (x.rank() != 2) throw new IllegalArgumentException("leaky relu grad: column sums need a matrix, got rank " + x.rank());
        return new LeakyReluGrad(x, slope, true);
    }

    @Override
    protected Tensor forward(Tensor... in) {
        float[] r = Workspace.uninitialized(x.size());
        if (sumColumns) {
            float[] sums = new float[x.dim(1)];
            Activations.leakyReluGradWithColumnSums(in[0].data(), x.data(), slope, r, x.dim(1), sums);
            columnSums = Tensor.of(sums, x.dim(1));
        } else {
            Activations.leakyReluGrad(in[0].data(), x.data(), slope, r);
        }
        return Tensor.of(r, x.shape());
    }

    /** The column sums of the last result, shape [columns]; only {@link #withColumnSums} ops have them. */
    public Tensor columnSums() {
        if (columnSums == null) throw new IllegalStateException("leaky relu grad: no column sums (not made withColumnSums, or not run)");
        return columnSums;
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {new LeakyReluGrad(x, slope).call(gy)};
    }
}
