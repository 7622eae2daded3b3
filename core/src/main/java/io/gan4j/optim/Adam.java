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
 * evaluated in float as θ − (m / (sqrt(v) · (1/sqrt(1−β2ᵗ)) + eps)) · (lr / (1−β1ᵗ)), the two
 * bias-correction factors computed in double. This is PyTorch's order except that the division by
 * sqrt(1−β2ᵗ) is a multiplication by its reciprocal (one ulp apart at most; sqrt and one division
 * per element bound the speed). t is the optimizer's step count.
 */
public final class Adam extends Optimizer {
    private static final String EXP_AVG = "exp_avg";
    private static final String EXP_AVG_SQ = "exp_avg_sq";
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
    protected ElementUpdate update(String name, Tensor param, Tensor grad) {
        AdamKernel.Coefficients c = coefficients();
        float[] p = param.data(), g = grad.data();
        float[] m = slot(EXP_AVG, name, param).data(), v = slot(EXP_AVG_SQ, name, param).data();
        return (from, to) -> AdamKernel.apply(c, p, g, m, v, from, to);
    }

    /** Bias corrections in double, rounded once to float (as PyTorch's Python scalars are). */
    private AdamKernel.Coefficients coefficients() {
        long t = steps();
        double bias1 = 1 - StrictMath.pow(s.beta1(), t);
        double bias2 = 1 - StrictMath.pow(s.beta2(), t);
        return new AdamKernel.Coefficients(s.beta1(), s.beta2(), s.weightDecay(), s.eps(),
                (float) (learningRate() / bias1), (float) (1 / Math.sqrt(bias2)));
    }

    public Settings settings() {
        return s;
    }

    @Override
    public String toString() {
        return "Adam" + s;
    }

    @Override
    protected java.util.Set<String> slotNames() {
        return java.util.Set.of(EXP_AVG, EXP_AVG_SQ);
    }
}
