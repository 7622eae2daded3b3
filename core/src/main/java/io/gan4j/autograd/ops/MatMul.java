package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;
import io.gan4j.tensor.kernel.gemm.Gemm;
import java.util.Arrays;

/**
 * op(A) · op(B), where op transposes the last two axes when asked. Operands are 2-D, or
 * batched with equal leading axes. Transposes are folded into the GEMM, never materialised.
 */
public final class MatMul extends Function {
    private final boolean transA;
    private final boolean transB;

    public MatMul() {
        this(false, false);
    }

    public MatMul(boolean transA, boolean transB) {
        this.transA = transA;
        this.transB = transB;
    }

    public static Variable of(Variable a, boolean transA, Variable b, boolean transB) {
        return new MatMul(transA, transB).call(a, b);
    }

    @Override
    protected Tensor forward(Tensor... in) {
        Tensor a = in[0], b = in[1];
        int[] as = a.shape(), bs = b.shape();
        int r = as.length;
        if (r < 2 || bs.length != r || !Arrays.equals(Arrays.copyOf(as, r - 2), Arrays.copyOf(bs, r - 2))) {
            throw mismatch(as, bs);
        }
        int m = transA ? as[r - 1] : as[r - 2], k = transA ? as[r - 2] : as[r - 1];
        int kb = transB ? bs[r - 1] : bs[r - 2], n = transB ? bs[r - 2] : bs[r - 1];
        if (k != kb) throw mismatch(as, bs);
        int[] outShape = Arrays.copyOf(as, r);
        outShape[r - 2] = m;
        outShape[r - 1] = n;
        int batch = Shape.size(Arrays.copyOf(as, r - 2));
        float[] c = Workspace.uninitialized(batch * m * n);
        int lda = as[r - 1], ldb = bs[r - 1];
        for (int i = 0; i < batch; i++) {
            Gemm.sgemm(transA, transB, m, n, k, 1f, a.data(), i * m * k, lda, b.data(), i * k * n, ldb, 0f, c, i * m * n, n);
        }
        return Tensor.of(c, outShape);
    }

    private ShapeException mismatch(int[] as, int[] bs) {
        return new ShapeException("matmul" + (transA ? "(Aᵀ)" : "") + (transB ? "(Bᵀ)" : "") + ": shapes "
                + Shape.str(as) + " and " + Shape.str(bs) + " do not multiply");
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable a = input(0), b = input(1);
        Variable ga = null, gb = null;
        if (needsGrad[0]) {
            ga = transA ? of(b, transB, gy, true) : of(gy, false, b, !transB);
        }
        if (needsGrad[1]) {
            gb = transB ? of(gy, true, a, transA) : of(a, !transA, gy, false);
        }
        return new Variable[] {ga, gb};
    }
}
