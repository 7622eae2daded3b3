package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;

/**
 * A convolutional discriminator's conditioning: a learned plane per class, of the image's height and width, joined to the
 * image as one more channel, so the first convolution sees the class beside the pixels: {@code body([x; plane(c)])}.
 */
public final class LabelPlane extends Conditional {
    private final Embedding planes;
    private final Module body;
    private final int height;
    private final int width;

    /** @param body takes images of one channel more than the data's */
    public LabelPlane(int classes, int height, int width, Module body, Rng rng) {
        super(classes);
        this.height = height;
        this.width = width;
        this.planes = addModule("embedding", new Embedding(classes, height * width, rng));
        this.body = addModule("body", body);
    }

    @Override
    public Variable forward(Variable x, int[] labels) {
        requireLabels(x, labels);
        Variable plane = planes.lookup(labels).reshape(x.dim(0), 1, height, width);
        return body.forward(Variable.concat(1, x, plane));
    }
}
