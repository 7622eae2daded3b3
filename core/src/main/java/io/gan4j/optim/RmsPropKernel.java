package io.gan4j.optim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * RMSprop's update of one parameter, vectorized. Only exactly rounded lane operations are used, in
 * the order of {@link #scalar}, so both give the same bits. Each variant has its own loop so no
 * vector value is chosen by a branch inside a loop.
 */
final class RmsPropKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private RmsPropKernel() {}

    record Coefficients(float lr, float alpha, float eps, float weightDecay, float momentum) {}

    /**
     * {@code sq} is the running mean of g², {@code avg} the running mean of g (null unless centered),
     * {@code buf} the momentum buffer (null without momentum).
     */
    static void apply(Coefficients c, float[] p, float[] g, float[] sq, float[] avg, float[] buf) {
        apply(c, p, g, sq, avg, buf, 0, p.length);
    }

    /** Elements [from, to) only. */
    static void apply(Coefficients c, float[] p, float[] g, float[] sq, float[] avg, float[] buf, int from, int to) {
        int done;
        if (avg == null && buf == null) done = plain(c, p, g, sq, from, to);
        else if (avg == null) done = withMomentum(c, p, g, sq, buf, from, to);
        else if (buf == null) done = centered(c, p, g, sq, avg, from, to);
        else done = centeredWithMomentum(c, p, g, sq, avg, buf, from, to);
        scalar(c, p, g, sq, avg, buf, done, to);
    }

    private static int plain(Coefficients c, float[] p, float[] g, float[] sq, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector gi = decayed(c, pv, g, i);
            FloatVector denom = meanSquare(c, gi, sq, i).sqrt().add(c.eps());
            pv.sub(gi.div(denom).mul(c.lr())).intoArray(p, i);
        }
        return i;
    }

    private static int withMomentum(Coefficients c, float[] p, float[] g, float[] sq, float[] buf, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector gi = decayed(c, pv, g, i);
            FloatVector denom = meanSquare(c, gi, sq, i).sqrt().add(c.eps());
            FloatVector b = FloatVector.fromArray(S, buf, i).mul(c.momentum()).add(gi.div(denom));
            b.intoArray(buf, i);
            pv.sub(b.mul(c.lr())).intoArray(p, i);
        }
        return i;
    }

    private static int centered(Coefficients c, float[] p, float[] g, float[] sq, float[] avg, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector gi = decayed(c, pv, g, i);
            FloatVector denom = centeredDenominator(c, gi, meanSquare(c, gi, sq, i), avg, i);
            pv.sub(gi.div(denom).mul(c.lr())).intoArray(p, i);
        }
        return i;
    }

    private static int centeredWithMomentum(Coefficients c, float[] p, float[] g, float[] sq, float[] avg, float[] buf, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector gi = decayed(c, pv, g, i);
            FloatVector denom = centeredDenominator(c, gi, meanSquare(c, gi, sq, i), avg, i);
            FloatVector b = FloatVector.fromArray(S, buf, i).mul(c.momentum()).add(gi.div(denom));
            b.intoArray(buf, i);
            pv.sub(b.mul(c.lr())).intoArray(p, i);
        }
        return i;
    }

    /** g + θ·weightDecay. */
    private static FloatVector decayed(Coefficients c, FloatVector pv, float[] g, int i) {
        return FloatVector.fromArray(S, g, i).add(pv.mul(c.weightDecay()));
    }

    /** Updates and returns the running mean of g². */
    private static FloatVector meanSquare(Coefficients c, FloatVector gi, float[] sq, int i) {
        FloatVector s = FloatVector.fromArray(S, sq, i).mul(c.alpha()).add(gi.mul(1 - c.alpha()).mul(gi));
        s.intoArray(sq, i);
        return s;
    }

    /** Updates the running mean of g and returns sqrt(max(E[g²] − E[g]², 0)) + eps. */
    private static FloatVector centeredDenominator(Coefficients c, FloatVector gi, FloatVector s, float[] avg, int i) {
        FloatVector a = FloatVector.fromArray(S, avg, i).mul(c.alpha()).add(gi.mul(1 - c.alpha()));
        a.intoArray(avg, i);
        return s.sub(a.mul(a)).max(0f).sqrt().add(c.eps());
    }

    /** The reference: elements [from, to) one at a time. */
    static void scalar(Coefficients c, float[] p, float[] g, float[] sq, float[] avg, float[] buf, int from, int to) {
        float alpha = c.alpha(), oneMinusAlpha = 1 - alpha;
        for (int i = from; i < to; i++) {
            float gi = g[i] + p[i] * c.weightDecay();
            float s = sq[i] * alpha + gi * oneMinusAlpha * gi;
            sq[i] = s;
            float denom;
            if (avg != null) {
                float a = avg[i] * alpha + gi * oneMinusAlpha;
                avg[i] = a;
                denom = (float) Math.sqrt(Math.max(s - a * a, 0f)) + c.eps();
            } else {
                denom = (float) Math.sqrt(s) + c.eps();
            }
            float d = gi / denom;
            if (buf != null) {
                d = buf[i] * c.momentum() + d;
                buf[i] = d;
            }
            p[i] = p[i] - d * c.lr();
        }
    }
}
