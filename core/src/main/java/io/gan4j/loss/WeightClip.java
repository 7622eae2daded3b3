package io.gan4j.loss;

import io.gan4j.autograd.Variable;
import java.util.List;

/**
 * Weight clipping for WGAN critics (Arjovsky et al., 2017, "Wasserstein GAN"): every weight is clamped
 * to [−c, c] after each critic update, a crude way to keep the critic Lipschitz.
 */
public final class WeightClip {
    private WeightClip() {}

    public static void apply(List<Variable> params, float c) {
        if (!(c > 0)) throw new IllegalArgumentException("weight clip: c must be positive, got " + c);
        for (Variable p : params) {
            float[] w = p.value().data();
            for (int i = 0; i < w.length; i++) w[i] = Math.max(-c, Math.min(c, w[i]));
        }
    }
}
