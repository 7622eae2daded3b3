package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.List;

/**
 * A source of real examples for GAN training: the distribution the generator learns to imitate.
 *
 * <p>{@link #sample} is a pure function of its arguments: the same {@code n} and an Rng in the
 * same state give the same tensor, bit for bit. Samples are in the data's own units; the trainer
 * standardises them (see {@link Standardizer}) where that suits the data.
 */
public interface RealData {

    /** The shape of one example: {@code [2]} for points, {@code [1, 28, 28]} or {@code [784]} for images. */
    int[] exampleShape();

    /** Values per example (the product of {@link #exampleShape()}). */
    default int dim() {
        int d = 1;
        for (int s : exampleShape()) d *= s;
        return d;
    }

    /**
     * {@code n} examples drawn with {@code rng}, shaped {@code [n, exampleShape...]}. Training calls this from
     * two threads at once (one per shard, each with its own rng), so an implementation must keep no mutable
     * state of its own.
     */
    Tensor sample(int n, Rng rng);

    /** One line for people: what this data is, with its parameters. */
    String describe();

    /** The classes of labelled data in label order (label k names {@code classNames().get(k)}); empty for unlabelled data. */
    default List<String> classNames() {
        return List.of();
    }

    default boolean isLabelled() {
        return !classNames().isEmpty();
    }

    /** {@code n} examples with their labels, for conditional training; the same rules as {@link #sample}. */
    default Labelled sampleLabelled(int n, Rng rng) {
        throw new UnsupportedOperationException(describe() + ": has no class labels");
    }

    /** {@code n} labels drawn with the data's class frequencies: what the generator is asked for in its conditional steps. */
    default int[] sampleLabels(int n, Rng rng) {
        throw new UnsupportedOperationException(describe() + ": has no class labels");
    }
}
