package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;

/**
 * A learned vector per index (e.g. per class label in a conditional GAN): weight [count, dim]
 * drawn from N(0, 1) as in PyTorch; row i is index i's vector.
 */
public final class Embedding extends Module {
    private final int count;
    private final int dim;
    private final Variable weight;

    public Embedding(int count, int dim, Rng rng) {
        this(count, dim, 1f, rng);
    }

    /** Vectors drawn from N(0, std²). */
    public Embedding(int count, int dim, float std, Rng rng) {
        if (count <= 0 || dim <= 0) throw new IllegalArgumentException("Embedding: count and dim must be positive, got " + count + " and " + dim);
        if (!(std > 0)) throw new IllegalArgumentException("Embedding: std must be > 0, got " + std);
        this.count = count;
        this.dim = dim;
        this.weight = addParameter("weight", Tensor.normal(rng, 0f, std, count, dim));
    }

    /** The vectors of the given indices, shape [indices.length, dim]. */
    public Variable lookup(int[] indices) {
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= count) {
                throw new IllegalArgumentException("Embedding: index " + indices[k] + " at position " + k + " is outside [0, " + count + ")");
            }
        }
        return weight.indexSelect(indices);
    }

    /** Indices given as a 1-D tensor of whole numbers (e.g. labels stored as floats); shape [n, dim]. */
    @Override
    public Variable forward(Variable indices) {
        Tensor t = indices.value();
        if (t.rank() != 1) throw new IllegalArgumentException("Embedding: expects a 1-D tensor of indices, got shape " + Shape.str(t.shape()));
        float[] d = t.data();
        int[] rows = new int[d.length];
        for (int k = 0; k < d.length; k++) {
            if (d[k] != Math.rint(d[k])) throw new IllegalArgumentException("Embedding: index " + d[k] + " at position " + k + " is not a whole number");
            rows[k] = (int) d[k];
        }
        return lookup(rows);
    }

    public Variable weight() {
        return weight;
    }

    @Override
    protected String describe() {
        return "Embedding(" + count + ", " + dim + ")";
    }
}
