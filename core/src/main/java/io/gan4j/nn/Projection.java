package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import java.util.List;

/**
 * The projection discriminator (Miyato and Koyama, 2018): {@code D(x, c) = ψ(φ(x)) + ⟨embed(c), φ(x)⟩}, where φ is the
 * unconditional discriminator up to its last layer and ψ that last layer (one logit). The class enters as an inner product
 * with the features instead of as an input, which the paper found steadier and better than joining it to x.
 */
public final class Projection extends Conditional {
    private final Sequential features;
    private final Module head;
    private final Embedding embedding;

    /** @param discriminator an unconditional discriminator whose last layer maps its features to one logit */
    public Projection(int classes, Sequential discriminator, Rng rng) {
        super(classes);
        List<Module> layers = discriminator.layers();
        Module last = layers.get(layers.size() - 1);
        int width = featureWidth(last);
        this.features = addModule("features", new Sequential(layers.subList(0, layers.size() - 1)));
        this.head = addModule("head", last);
        // N(0, 1/width): the projection starts on the scale of the head's logit, not sqrt(width) times it.
        this.embedding = addModule("embedding", new Embedding(classes, width, (float) (1 / Math.sqrt(width)), rng));
    }

    /** The last layer's input width, read from its weight [1, width] (a Linear's, or a spectrally normalised one's). */
    private static int featureWidth(Module last) {
        Variable w = last.namedParameters().getOrDefault("weight", last.namedParameters().get("weight_orig"));
        if (w == null || w.shape().length != 2 || w.dim(0) != 1) {
            throw new IllegalArgumentException("projection: the discriminator must end in a Linear layer to one logit, got " + last);
        }
        return w.dim(1);
    }

    @Override
    public Variable forward(Variable x, int[] labels) {
        requireLabels(x, labels);
        Variable phi = features.forward(x);
        return head.forward(phi).add(embedding.lookup(labels).mul(phi).sum(true, 1));
    }
}
