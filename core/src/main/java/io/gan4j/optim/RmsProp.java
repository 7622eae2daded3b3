package io.gan4j.optim;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.Map;

/**
 * RMSprop (Tieleman and Hinton, 2012, Coursera "Neural Networks for Machine Learning", lecture 6.5;
 * centered variant: Graves, 2013, "Generating Sequences With Recurrent Neural Networks"), as in PyTorch:
 * <pre>
 *   g ← g + weightDecay·θ
 *   s ← α·s + (1−α)·g²
 *   a ← α·a + (1−α)·g                  (centered only)
 *   r ← sqrt(s − a²) + eps if centered, else sqrt(s) + eps
 *   b ← momentum·b + g/r, θ ← θ − lr·b  with momentum
 *   θ ← θ − lr·g/r                      without
 * </pre>
 * The defaults are PyTorch's (α 0.99, eps 1e−8, lr 0.01); Keras uses rho = 0.9 and epsilon = 1e−7
 * (added to the square root as here), so set them to reproduce a Keras model. One deviation:
 * s − a² is clamped at 0 so that rounding never takes a square root of a negative number.
 */
public final class RmsProp extends Optimizer {
    private static final String SQUARE_AVG = "square_avg";
    private static final String GRAD_AVG = "grad_avg";
    private static final String MOMENTUM_BUFFER = "momentum_buffer";
    /** The defaults, in one place: PyTorch's. */
    public static final Settings DEFAULTS = new Settings(1e-2f, 0.99f, 1e-8f, 0f, 0f, false);

    private final Settings s;

    public record Settings(float lr, float alpha, float eps, float weightDecay, float momentum, boolean centered) {
        public Settings {
            Hyper.positive("lr", lr);
            Hyper.unitInterval("alpha", alpha);
            Hyper.positive("eps", eps);
            Hyper.nonNegative("weightDecay", weightDecay);
            Hyper.unitInterval("momentum", momentum);
        }

        public Settings withLr(float v) {
            return new Settings(v, alpha, eps, weightDecay, momentum, centered);
        }

        public Settings withAlpha(float v) {
            return new Settings(lr, v, eps, weightDecay, momentum, centered);
        }

        public Settings withEps(float v) {
            return new Settings(lr, alpha, v, weightDecay, momentum, centered);
        }

        public Settings withWeightDecay(float v) {
            return new Settings(lr, alpha, eps, v, momentum, centered);
        }

        public Settings withMomentum(float v) {
            return new Settings(lr, alpha, eps, weightDecay, v, centered);
        }

        public Settings withCentered(boolean v) {
            return new Settings(lr, alpha, eps, weightDecay, momentum, v);
        }
    }

    public RmsProp(Map<String, Variable> params, Settings settings) {
        super(params, settings.lr());
        this.s = settings;
    }

    @Override
    protected ElementUpdate update(String name, Tensor param, Tensor grad) {
        float[] sq = slot(SQUARE_AVG, name, param).data();
        float[] avg = s.centered() ? slot(GRAD_AVG, name, param).data() : null;
        float[] buf = s.momentum() > 0 ? slot(MOMENTUM_BUFFER, name, param).data() : null;
        var c = new RmsPropKernel.Coefficients(learningRate(), s.alpha(), s.eps(), s.weightDecay(), s.momentum());
        float[] p = param.data(), g = grad.data();
        return (from, to) -> RmsPropKernel.apply(c, p, g, sq, avg, buf, from, to);
    }

    public Settings settings() {
        return s;
    }

    @Override
    public String toString() {
        return "RmsProp" + s;
    }

    @Override
    protected java.util.Set<String> slotNames() {
        return java.util.Set.of(SQUARE_AVG, GRAD_AVG, MOMENTUM_BUFFER);
    }
}
