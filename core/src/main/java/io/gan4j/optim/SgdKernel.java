package io.gan4j.optim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * SGD's update of one parameter, vectorized. Only exactly rounded lane operations are used, in the
 * order of {@link #scalar}, so both give the same bits. Each variant has its own loop so no vector
 * value is chosen by a branch inside a loop.
 */
final class SgdKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private SgdKernel() {}

    /**
     * The per-step constants.
     *
     * @param gradScale 1 − dampening, or 1 on a buffer's first step (PyTorch starts the buffer at the gradient)
     */
    record Coefficients(float lr, float momentum, float gradScale, float weightDecay, boolean nesterov) {}

    /** {@code buf} is the momentum buffer, or null without momentum. */
    static void apply(Coefficients c, float[] p, float[] g, float[] buf) {
        apply(c, p, g, buf, 0, p.length);
    }

    /** Elements [from, to) only. */
    static void apply(Coefficients c, float[] p, float[] g, float[] buf, int from, int to) {
        int done;
        if (buf == null) done = plain(c, p, g, from, to);
        else if (c.nesterov()) done = nesterov(c, p, g, buf, from, to);
        else done = heavyBall(c, p, g, buf, from, to);
        scalar(c, p, g, buf, done, to);
    }

    private static int plain(Coefficients c, float[] p, float[] g, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector d = FloatVector.fromArray(S, g, i).add(pv.mul(c.weightDecay()));
            pv.sub(d.mul(c.lr())).intoArray(p, i);
        }
        return i;
    }

    private static int heavyBall(Coefficients c, float[] p, float[] g, float[] buf, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector d = FloatVector.fromArray(S, g, i).add(pv.mul(c.weightDecay()));
            FloatVector b = FloatVector.fromArray(S, buf, i).mul(c.momentum()).add(d.mul(c.gradScale()));
            b.intoArray(buf, i);
            pv.sub(b.mul(c.lr())).intoArray(p, i);
        }
        return i;
    }

    private static int nesterov(Coefficients c, float[] p, float[] g, float[] buf, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) {
            FloatVector pv = FloatVector.fromArray(S, p, i);
            FloatVector d = FloatVector.fromArray(S, g, i).add(pv.mul(c.weightDecay()));
            FloatVector b = FloatVector.fromArray(S, buf, i).mul(c.momentum()).add(d.mul(c.gradScale()));
            b.intoArray(buf, i);
            pv.sub(d.add(b.mul(c.momentum())).mul(c.lr())).intoArray(p, i);
        }
        return i;
    }

    /** The reference: elements [from, to) one at a time. */
    static void scalar(Coefficients c, float[] p, float[] g, float[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            float d = g[i] + p[i] * c.weightDecay();
            if (buf != null) {
                float b = buf[i] * c.momentum() + d * c.gradScale();
                buf[i] = b;
                d = c.nesterov() ? d + b * c.momentum() : b;
            }
            p[i] = p[i] - d * c.lr();
        }
    }
}
