package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;

/**
 * The input, flattened, joined with a learned embedding of its class: {@code body([x, embed(c)])}. The conditional
 * generator of Mirza and Osindero (z joined with the label), and their MLP discriminator; also the DCGAN generator's
 * conditioning (the label joined to z before the projection).
 */
public final class JoinedEmbedding extends Conditional {
    private final Embedding embedding;
    private final Module body;

    /** @param body takes inputs of the flattened input's size plus {@code dim} */
    public JoinedEmbedding(int classes, int dim, Module body, Rng rng) {
        super(classes);
        this.embedding = addModule("embedding", new Embedding(classes, dim, rng));
        this.body = addModule("body", body);
    }

    @Override
    public Variable forward(Variable x, int[] labels) {
        requireLabels(x, labels);
        Variable flat = x.shape().length == 2 ? x : x.reshape(x.dim(0), -1);
        return body.forward(Variable.concat(1, flat, embedding.lookup(labels)));
    }
}
