package io.gan4j.optim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Adam's update of one parameter, vectorized. Only exactly rounded lane operations (add, sub, mul,
 * div, sqrt) are used, in the order of {@link #scalar}, so both give the same bits.
 */
final class AdamKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private AdamKernel() {}

    /**
     * The per-step constants.
     *
     * @param stepSize     lr / (1 − β1ᵗ)
     * @param invBias2Sqrt 1 / sqrt(1 − β2ᵗ), a multiplier so that each element needs only one division
     */
    record Coefficients(float beta1, float beta2, float weightDecay, float eps, float stepSize, float invBias2Sqrt) {}

    /** Updates p, m and v in place. */
    static void apply(Coefficients c, float[] p, float[] g, float[] m, float[] v) {
        apply(c, p, g, m, v, 0, p.length);
    }

    /** Elements [from, to) only. */
    static void apply(Coefficients c, float[] p, float[] g, float[] m, float[] v, int from, int to) {
        float b1 = c.beta1(), b2 = c.beta2(), ob1 = 1 - b1, ob2 = 1 - b2;
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector gi = FloatVector.fromArray(S, g, i).add(pv.mul(c.weightDecay()));
            FloatVector mi = FloatVector.fromArray(S, m, i).mul(b1).add(gi.mul(ob1));
            FloatVector vi = FloatVector.fromArray(S, v, i).mul(b2).add(gi.mul(ob2).mul(gi));
            FloatVector denom = vi.sqrt().mul(c.invBias2Sqrt()).add(c.eps());
            mi.intoArray(m, i);
            vi.intoArray(v, i);
            pv.sub(mi.div(denom).mul(c.stepSize())).intoArray(p, i);
        }
        scalar(c, p, g, m, v, i, to);
    }

    /** The reference: elements [from, to) one at a time. */
    static void scalar(Coefficients c, float[] p, float[] g, float[] m, float[] v, int from, int to) {
        float b1 = c.beta1(), b2 = c.beta2(), ob1 = 1 - b1, ob2 = 1 - b2;
        for (int i = from; i < to; i++) {
            float gi = g[i] + p[i] * c.weightDecay();
            float mi = m[i] * b1 + gi * ob1;
            float vi = v[i] * b2 + gi * ob2 * gi;
            float denom = (float) Math.sqrt(vi) * c.invBias2Sqrt() + c.eps();
            m[i] = mi;
            v[i] = vi;
            p[i] = p[i] - mi / denom * c.stepSize();
        }
    }
}
