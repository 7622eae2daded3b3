package io.gan4j.loss;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.List;

/**
 * A GAN objective: how the discriminator (or critic) is scored on real and generated
 * examples, and what the generator minimises. {@code dReal} and {@code dFake} are the
 * discriminator's raw outputs (logits for the BCE objectives, scores otherwise), shape [n, 1].
 */
public interface Objective {
    /**
     * The discriminator's loss on one batch of real and one of generated examples. Both losses are means
     * over examples (of each batch), so a batch may be split into shards whose losses, weighted by their
     * share of the examples, add up to the whole batch's loss.
     */
    Variable discriminatorLoss(Variable dReal, Variable dFake);

    /** The generator's loss from the discriminator's outputs on generated examples. */
    Variable generatorLoss(Variable dFake);

    /**
     * A raw output as shown to people: D's probability that the example is real for the BCE
     * objectives, the raw score otherwise.
     */
    float shown(float rawOutput);

    /** The mean of raw outputs as shown to people ({@link #shown}). */
    default double shownMean(Tensor rawOutputs) {
        double sum = 0;
        for (float x : rawOutputs.data()) sum += shown(x);
        return sum / rawOutputs.size();
    }

    /** Whether a generated example with this raw output fooled the discriminator. */
    boolean fooled(float rawOutput);

    /** A gradient penalty added, with its weight, to the discriminator's loss (WGAN-GP); null for none. */
    default GradientPenalty gradientPenalty() {
        return null;
    }

    /** Applied to the discriminator's parameters after each of its updates (WGAN's weight clipping); nothing by default. */
    default void afterDiscriminatorUpdate(List<Variable> parameters) {}

    /** True for critics (Wasserstein objectives): D(real) − D(fake) estimates the distance. */
    default boolean isCritic() {
        return false;
    }

    /** Short name for logs and file headers. */
    String name();
}
