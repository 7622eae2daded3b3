package io.gan4j.optim;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015, "Adam: A Method for Stochastic Optimization"), as in PyTorch:
 * <pre>
 *   g ← g + weightDecay·θ                 (L2 penalty, PyTorch's weight_decay)
 *   m ← β1·m + (1−β1)·g
 *   v ← β2·v + (1−β2)·g²
 *   θ ← θ − lr · (m / (1−β1ᵗ)) / (sqrt(v / (1−β2ᵗ)) + eps)
 * </pre>
 */
public final class Adam extends Optimizer {
    /** The defaults, in one place: PyTorch's. */
    public static final Settings DEFAULTS = new Settings(1e-3f, 0.9f, 0.999f, 1e-8f, 0f);

    private final Settings s;

    public record Settings(float lr, float beta1, float beta2, float eps, float weightDecay) {
        public Settings {
            Hyper.positive("lr", lr);
            Hyper.unitInterval("beta1", beta1);
            Hyper.unitInterval("beta2", beta2);
            Hyper.positive("eps", eps);
            Hyper.nonNegative("weightDecay", weightDecay);
        }

        public Settings withLr(float v) {
            return new Settings(v, beta1, beta2, eps, weightDecay);
        }

        public Settings withBetas(float b1, float b2) {
            return new Settings(lr, b1, b2, eps, weightDecay);
        }
    }

    public Adam(Map<String, Variable> params, Settings settings) {
        super(params, settings.lr());
        this.s = settings;
    }

    @Override
    protected void update(String name, Tensor param, Tensor grad) {
        float[] p = param.data(), g = grad.data();
        float[] m = slot("exp_avg", name, param).data(), v = slot("exp_avg_sq", name, param).data();
        long t = steps();
        float b1 = s.beta1(), b2 = s.beta2(), wd = s.weightDecay(), eps = s.eps();
        float bias1 = (float) (1 - StrictMath.pow(b1, t));
        float bias2Sqrt = (float) StrictMath.sqrt(1 - StrictMath.pow(b2, t));
        float stepSize = learningRate() / bias1;
        for (int i = 0; i < p.length; i++) {
            float gi = g[i] + wd * p[i];
            m[i] = b1 * m[i] + (1 - b1) * gi;
            v[i] = b2 * v[i] + (1 - b2) * gi * gi;
            p[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) / bias2Sqrt + eps);
        }
    }

    public Settings settings() {
        return s;
    }

    @Override
    public String toString() {
        return "Adam" + s;
    }
}
