package io.gan4j.train;

import io.gan4j.loss.Bce;
import io.gan4j.loss.LeastSquares;
import io.gan4j.loss.Objective;

/**
 * Maps the discriminator's raw outputs onto the decision map's 0..1 colour scale, where 0.5 is the
 * boundary between "fake" and "real". BCE objectives show D's probability ({@link Objective#shown}).
 * Least squares maps the fake target to 0 and the real target to 1. Critics (Wasserstein, hinge)
 * have no scale of their own: a score of 0 is the boundary, and the largest |score| on the map
 * reaches the ends of the scale.
 */
public final class DecisionShading {
    private DecisionShading() {}


    public static float[] shade(Objective objective, float[] raw) {
        float[] out = new float[raw.length];
        if (objective instanceof Bce) {
            for (int i = 0; i < raw.length; i++) out[i] = objective.shown(raw[i]);
        } else if (objective instanceof LeastSquares ls) {
            float span = ls.realTarget() - ls.fakeTarget();
            for (int i = 0; i < raw.length; i++) out[i] = Math.clamp((raw[i] - ls.fakeTarget()) / span, 0f, 1f);
        } else {
            float scale = largestMagnitude(raw);
            for (int i = 0; i < raw.length; i++) out[i] = scale > 0 ? Math.clamp(0.5f + 0.5f * raw[i] / scale, 0f, 1f) : 0.5f;
        }
        for (int i = 0; i < raw.length; i++) if (!Float.isFinite(raw[i])) out[i] = Float.NaN;
        return out;
    }

    public static float largestMagnitude(float[] raw) {
        float m = 0;
        for (float v : raw) if (Float.isFinite(v)) m = Math.max(m, Math.abs(v));
        return m;
    }
}
