package io.gan4j.train;

import io.gan4j.data.RealData;
import io.gan4j.nn.Module;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.config.RunConfig;

/** Builds a ready-to-train GAN from a validated {@link RunConfig}. */
public final class GanFactory {
    private GanFactory() {}

    /** The GAN and the data it trains on, in the data's own units and as the networks see it. */
    public record Setup(RunConfig config, Gan gan, RealData data, StandardizedData standardized) {
        /** Generated examples mapped back to the data's units. */
        public Tensor toData(Tensor generated) {
            return standardized == null ? generated : standardized.toData(generated);
        }

        /** Examples in the data's units as the networks see them. */
        public Tensor fromData(Tensor examples) {
            return standardized == null ? examples : standardized.fromData(examples);
        }
    }

    public static Setup build(RunConfig c) {
        RealData data = c.data().toData();
        StandardizedData standardized = c.data().standardize() ? StandardizedData.fit(data, c.seed()) : null;
        int[] example = data.exampleShape();
        Rng init = Rng.at(c.seed(), "init", 0);
        int classes = c.generator().takesLabels() ? data.classNames().size() : 0;
        Module g = c.generator().toGenerator(c.latent().size(), example, classes, init.split());
        Module d = c.discriminator().toDiscriminator(example, classes, init.split());
        Gan gan = Gan.builder()
                .generator(g)
                .discriminator(d)
                .latent(c.latent().toSampler())
                .realData(standardized != null ? standardized : data)
                .objective(c.objective().toObjective())
                .optimizers(c.generatorOptimizer().toOptimizer(g.namedParameters()), c.discriminatorOptimizer().toOptimizer(d.namedParameters()))
                .settings(c.train().toGanSettings())
                .build();
        return new Setup(c, gan, data, standardized);
    }
}
