package io.gan4j.loss;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;

/**
 * Softmax cross-entropy for classification: the mean over rows of {@code logsumexp(logits) − logits[label]}, with
 * each row's maximum taken out first (a constant, so the gradient is unchanged) so that exp never overflows. Built
 * from differentiable ops, so it has second derivatives too.
 */
public final class CrossEntropy {
    private CrossEntropy() {}

    /** Logits [n, classes], labels n values in [0, classes). */
    public static Variable of(Variable logits, int[] labels) {
        int n = logits.dim(0), classes = logits.dim(1);
        if (labels.length != n) throw new IllegalArgumentException("cross-entropy: " + labels.length + " labels for " + n + " rows");
        Variable max = Variable.constant(rowMax(logits.value()));
        Variable shifted = logits.sub(max);
        Variable logSumExp = shifted.exp().sum(true, 1).log();
        Variable picked = shifted.mul(Variable.oneHot(labels, classes)).sum(true, 1);
        return logSumExp.sub(picked).mean();
    }

    private static Tensor rowMax(Tensor logits) {
        int n = logits.dim(0), classes = logits.dim(1);
        float[] x = logits.data(), m = new float[n];
        for (int i = 0; i < n; i++) {
            float best = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) best = Math.max(best, x[i * classes + c]);
            m[i] = best;
        }
        return Tensor.of(m, n, 1);
    }
}
