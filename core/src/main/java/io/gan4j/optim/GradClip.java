package io.gan4j.optim;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.List;

/** Gradient clipping, as PyTorch's {@code clip_grad_norm_}. */
public final class GradClip {
    /** Added to the norm so a zero norm never divides (PyTorch's value). */
    static final double EPS = 1e-6;

    private GradClip() {}

    /**
     * Scales the gradients of {@code params} together by min(1, maxNorm / (norm + 1e−6)), where norm is
     * the Euclidean norm of all of them as one vector; parameters without a gradient are skipped.
     * Below the threshold nothing changes. A non-finite norm is returned as is (the gradients are then
     * scaled by 0 or NaN, as in PyTorch), so callers can detect divergence from it.
     *
     * @return the norm before clipping
     */
    public static float byNorm(List<Variable> params, float maxNorm) {
        Hyper.positive("maxNorm", maxNorm);
        double norm = Math.sqrt(sumOfSquares(params));
        double scale = maxNorm / (norm + EPS);
        if (!(scale >= 1)) scaleAll(params, (float) scale);
        return (float) norm;
    }

    /** Summed in double, in order, so the result does not depend on the vector width. */
    private static double sumOfSquares(List<Variable> params) {
        double sum = 0;
        for (Variable p : params) {
            Tensor g = p.grad();
            if (g == null) continue;
            for (float x : g.data()) sum += (double) x * x;
        }
        return sum;
    }

    private static void scaleAll(List<Variable> params, float scale) {
        for (Variable p : params) {
            Tensor g = p.grad();
            if (g == null) continue;
            float[] d = g.data();
            for (int i = 0; i < d.length; i++) d[i] *= scale;
        }
    }
}
