package io.gan4j.data;

import io.gan4j.tensor.Tensor;

/** Examples and their class labels from one draw: {@code labels[i]} is the class of example i, an index into the data's class names. */
public record Labelled(Tensor examples, int[] labels) {
    public Labelled {
        if (labels.length != examples.dim(0)) {
            throw new IllegalArgumentException(examples.dim(0) + " examples but " + labels.length + " labels");
        }
    }
}
