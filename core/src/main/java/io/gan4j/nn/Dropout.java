package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;

/**
 * Inverted dropout: in training each value is zeroed with probability p and the kept ones are
 * scaled by 1/(1-p), so eval mode is the identity.
 *
 * <p>Masks are drawn one after another from the generator this module holds, so a run is
 * reproducible from its seed when it starts from the beginning. A run resumed at step i
 * should instead hand every dropout a generator derived from that step, with
 * {@link #reseedAll(Module, Rng)}, so its masks do not depend on the steps before.
 */
public final class Dropout extends Module {
    private final float p;
    private Rng rng;

    public Dropout(double p, Rng rng) {
        if (!(p >= 0 && p < 1)) throw new IllegalArgumentException("Dropout: p must be in [0, 1), got " + p);
        this.p = (float) p;
        this.rng = rng;
    }

    @Override
    public Variable forward(Variable x) {
        if (!isTraining() || p == 0f) return x;
        return x.mul(Variable.constant(mask(x.shape())));
    }

    /** Masks are drawn from one generator, in order. */
    @Override
    protected Batching ownBatching() {
        return isTraining() && p > 0f ? Batching.STATEFUL : Batching.PER_EXAMPLE;
    }

    private Tensor mask(int[] shape) {
        Tensor m = Tensor.zeros(shape);
        float[] d = m.data();
        float keep = 1f / (1f - p);
        for (int i = 0; i < d.length; i++) d[i] = rng.nextFloat() < p ? 0f : keep;
        return m;
    }

    /** Replaces the generator masks are drawn from. */
    public void reseed(Rng rng) {
        this.rng = rng;
    }

    /** Gives every Dropout in {@code root} (depth first, registration order) its own split of {@code rng}. */
    public static void reseedAll(Module root, Rng rng) {
        if (root instanceof Dropout d) d.reseed(rng.split());
        for (Module child : root.children().values()) reseedAll(child, rng);
    }

    public float p() {
        return p;
    }

    @Override
    protected String describe() {
        return "Dropout(" + p + ")";
    }
}
