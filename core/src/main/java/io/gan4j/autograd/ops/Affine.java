package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;
import io.gan4j.tensor.kernel.elementwise.Activations;
import io.gan4j.tensor.kernel.gemm.Epilogue;
import io.gan4j.tensor.kernel.gemm.Gemm;

/**
 * x·Wᵀ + b for x [m, k], W [n, k], b [n], optionally followed by a leaky ReLU — a dense layer in one
 * GEMM whose epilogue adds the bias (and applies the activation) while each output is in registers,
 * saving passes and temporaries over matmul, add and activation. Gradients are those of the composition.
 * Like every {@link Function}, an instance serves one call (it keeps that call's output for backward).
 */
public final class Affine extends Function {
    private final boolean leakyRelu;
    private final float slope;
    /** The output, kept when a leaky ReLU is fused: its sign is the pre-activation's (slope ≥ 0). */
    private Tensor output;

    /** x·Wᵀ + b. */
    public Affine() {
        this(false, 0f);
    }

    private Affine(boolean leakyRelu, float slope) {
        this.leakyRelu = leakyRelu;
        this.slope = slope;
    }

    /** leakyRelu(x·Wᵀ + b, slope) for slope in [0, 1]. */
    public static Affine withLeakyRelu(float slope) {
        if (!(slope >= 0 && slope <= 1)) throw new IllegalArgumentException("affine: leaky ReLU slope must be in [0, 1], got " + slope);
        return new Affine(true, slope);
    }

    @Override
    protected Tensor forward(Tensor... in) {
        Tensor x = in[0], w = in[1], b = in[2];
        if (x.rank() != 2 || w.rank() != 2 || b.rank() != 1 || x.dim(1) != w.dim(1) || b.dim(0) != w.dim(0)) {
            throw new ShapeException("affine: x " + Shape.str(x.shape()) + ", weight " + Shape.str(w.shape()) + " and bias "
                    + Shape.str(b.shape()) + " do not fit x·Wᵀ + b");
        }
        int m = x.dim(0), k = x.dim(1), n = w.dim(0);
        float[] out = Workspace.uninitialized(m * n);
        if (k == 0) {
            for (int row = 0; row < m; row++) System.arraycopy(b.data(), 0, out, row * n, n);
            if (leakyRelu) Activations.leakyRelu(out, slope, out);
        } else {
            Epilogue finish = leakyRelu ? Epilogue.biasLeakyRelu(b.data(), slope) : Epilogue.bias(b.data());
            Gemm.sgemm(false, true, m, n, k, 1f, x.data(), 0, k, w.data(), 0, k, 0f, out, 0, n, finish);
        }
        Tensor y = Tensor.of(out, m, n);
        if (leakyRelu) output = y;
        return y;
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable x = input(0), w = input(1);
        Variable g = gy, biasGrad = null;
        if (leakyRelu && needsGrad[2] && output.dim(0) > 1 && output.dim(1) > 1) {
            // The bias gradient is summed in the same pass as the activation's gradient (for one row or one
            // column sumTo adds in another order, so those keep the plain path and its bits).
            DenseLeakyReluGrad.Result fused = DenseLeakyReluGrad.of(gy, output, slope);
            g = fused.activationGrad();
            biasGrad = fused.biasGrad();
        } else if (leakyRelu) {
            g = new LeakyReluGrad(output, slope).call(gy);
        }
        if (needsGrad[2] && biasGrad == null) biasGrad = g.sumTo(w.dim(0));
        return new Variable[] {
            needsGrad[0] ? MatMul.of(g, false, w, false) : null,
            needsGrad[1] ? MatMul.of(g, true, x, false) : null,
            biasGrad
        };
    }
}
