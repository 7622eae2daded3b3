package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.Gemm;

/**
 * x·Wᵀ + b for x [m, k], W [n, k], b [n] — a dense layer in one GEMM: the output starts as
 * rows of b and the product is accumulated onto it, saving a pass and a temporary over
 * matmul-then-add. Gradients are the same as for the composition.
 */
public final class Affine extends Function {
    @Override
    protected Tensor forward(Tensor... in) {
        Tensor x = in[0], w = in[1], b = in[2];
        if (x.rank() != 2 || w.rank() != 2 || b.rank() != 1 || x.dim(1) != w.dim(1) || b.dim(0) != w.dim(0)) {
            throw new ShapeException("affine: x " + Shape.str(x.shape()) + ", weight " + Shape.str(w.shape()) + " and bias "
                    + Shape.str(b.shape()) + " do not fit x·Wᵀ + b");
        }
        int m = x.dim(0), k = x.dim(1), n = w.dim(0);
        float[] out = new float[m * n];
        float[] bias = b.data();
        for (int row = 0; row < m; row++) System.arraycopy(bias, 0, out, row * n, n);
        Gemm.sgemm(false, true, m, n, k, 1f, x.data(), 0, k, w.data(), 0, k, 1f, out, 0, n);
        return Tensor.of(out, m, n);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable x = input(0), w = input(1);
        return new Variable[] {
            needsGrad[0] ? MatMul.of(gy, false, w, false) : null,
            needsGrad[1] ? MatMul.of(gy, true, x, false) : null,
            needsGrad[2] ? gy.sumTo(w.dim(0)) : null
        };
    }
}
