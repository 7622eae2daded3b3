package io.gan4j.viz;

import io.gan4j.loss.Bce;
import io.gan4j.loss.LeastSquares;
import io.gan4j.loss.Objective;
import io.gan4j.train.DecisionShading;

/** The colour bar's labels for the values {@link DecisionShading#shade} produced from a discriminator's raw outputs. */
public final class DecisionScale {
    private DecisionScale() {}

    public static DecisionMap.Scale scale(Objective objective, float[] raw) {
        if (objective instanceof Bce) return DecisionMap.Scale.PROBABILITY;
        if (objective instanceof LeastSquares ls) {
            return new DecisionMap.Scale("D(x)", number(ls.fakeTarget()), number((ls.fakeTarget() + ls.realTarget()) / 2), number(ls.realTarget()));
        }
        float m = DecisionShading.largestMagnitude(raw);
        return new DecisionMap.Scale("critic", number(-m), "0", number(m));
    }

    private static String number(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : String.format(java.util.Locale.ROOT, "%.2g", v);
    }
}
