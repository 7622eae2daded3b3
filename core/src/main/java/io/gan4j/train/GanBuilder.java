package io.gan4j.train;

import io.gan4j.data.RealData;
import io.gan4j.loss.Objective;
import io.gan4j.nn.Module;
import io.gan4j.optim.Optimizer;

/** Builds a {@link Gan}. Required: generator, discriminator, latent, realData, objective, both optimizers. */
public final class GanBuilder {
    Module generator;
    Module discriminator;
    LatentSampler latent;
    RealData realData;
    Objective objective;
    Optimizer generatorOptimizer;
    Optimizer discriminatorOptimizer;
    GanSettings settings = GanSettings.DEFAULTS;

    GanBuilder() {}

    public GanBuilder generator(Module g) {
        this.generator = g;
        return this;
    }

    public GanBuilder discriminator(Module d) {
        this.discriminator = d;
        return this;
    }

    public GanBuilder latent(LatentSampler l) {
        this.latent = l;
        return this;
    }

    public GanBuilder realData(RealData r) {
        this.realData = r;
        return this;
    }

    /** The losses, and with them any constraint of the critic (WGAN's clipping, WGAN-GP's penalty). */
    public GanBuilder objective(Objective o) {
        this.objective = o;
        return this;
    }

    public GanBuilder optimizers(Optimizer forGenerator, Optimizer forDiscriminator) {
        this.generatorOptimizer = forGenerator;
        this.discriminatorOptimizer = forDiscriminator;
        return this;
    }

    public GanBuilder settings(GanSettings s) {
        this.settings = s;
        return this;
    }

    /** Throws naming the first required part that is missing. */
    public Gan build() {
        return new Gan(this);
    }
}
