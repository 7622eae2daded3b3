package io.gan4j.optim;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.Map;

/**
 * Stochastic gradient descent with momentum (Polyak, 1964) and Nesterov momentum (Sutskever et al.,
 * 2013, "On the importance of initialization and momentum in deep learning"), as in PyTorch:
 * <pre>
 *   g ← g + weightDecay·θ
 *   b ← g                              on the buffer's first step
 *   b ← momentum·b + (1−dampening)·g   afterwards
 *   d ← g + momentum·b if nesterov, else b   (d ← g without momentum)
 *   θ ← θ − lr·d
 * </pre>
 */
public final class Sgd extends Optimizer {
    private static final String MOMENTUM_BUFFER = "momentum_buffer";
    /** The defaults, in one place: PyTorch's (plain SGD). */
    public static final Settings DEFAULTS = new Settings(1e-3f, 0f, 0f, false, 0f);

    private final Settings s;

    /** Nesterov needs a momentum and no dampening. */
    public record Settings(float lr, float momentum, float dampening, boolean nesterov, float weightDecay) {
        public Settings {
            Hyper.positive("lr", lr);
            Hyper.unitInterval("momentum", momentum);
            Hyper.unitInterval("dampening", dampening);
            Hyper.nonNegative("weightDecay", weightDecay);
            if (nesterov && (momentum == 0 || dampening != 0)) {
                throw new IllegalArgumentException("nesterov requires momentum > 0 and dampening == 0, got momentum "
                        + momentum + ", dampening " + dampening);
            }
        }

        public Settings withLr(float v) {
            return new Settings(v, momentum, dampening, nesterov, weightDecay);
        }

        public Settings withMomentum(float v) {
            return new Settings(lr, v, dampening, nesterov, weightDecay);
        }

        public Settings withDampening(float v) {
            return new Settings(lr, momentum, v, nesterov, weightDecay);
        }

        public Settings withNesterov(boolean v) {
            return new Settings(lr, momentum, dampening, v, weightDecay);
        }

        public Settings withWeightDecay(float v) {
            return new Settings(lr, momentum, dampening, nesterov, v);
        }
    }

    public Sgd(Map<String, Variable> params, Settings settings) {
        super(params, settings.lr());
        this.s = settings;
    }

    @Override
    protected ElementUpdate update(String name, Tensor param, Tensor grad) {
        float[] p = param.data(), g = grad.data();
        if (s.momentum() == 0) {
            SgdKernel.Coefficients c = coefficients(1);
            return (from, to) -> SgdKernel.apply(c, p, g, null, from, to);
        }
        boolean first = !hasSlot(MOMENTUM_BUFFER, name);
        float[] buf = slot(MOMENTUM_BUFFER, name, param).data();
        SgdKernel.Coefficients c = coefficients(first ? 1 : 1 - s.dampening());
        return (from, to) -> SgdKernel.apply(c, p, g, buf, from, to);
    }

    private SgdKernel.Coefficients coefficients(float gradScale) {
        return new SgdKernel.Coefficients(learningRate(), s.momentum(), gradScale, s.weightDecay(), s.nesterov());
    }

    public Settings settings() {
        return s;
    }

    @Override
    public String toString() {
        return "Sgd" + s;
    }

    @Override
    protected java.util.Set<String> slotNames() {
        return java.util.Set.of(MOMENTUM_BUFFER);
    }
}
