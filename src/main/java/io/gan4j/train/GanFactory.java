package io.gan4j.train;

import io.gan4j.data.CsvData;
import io.gan4j.data.FormulaData;
import io.gan4j.data.QuadraticData;
import io.gan4j.data.RealData;
import io.gan4j.data.RingData;
import io.gan4j.data.SineData;
import io.gan4j.data.SwissRollData;
import io.gan4j.loss.Bce;
import io.gan4j.loss.GradientPenalty;
import io.gan4j.loss.Hinge;
import io.gan4j.loss.LeastSquares;
import io.gan4j.loss.Objective;
import io.gan4j.loss.Wasserstein;
import io.gan4j.nn.Activations;
import io.gan4j.nn.Init;
import io.gan4j.nn.Mlp;
import io.gan4j.nn.Module;
import io.gan4j.optim.Adam;
import io.gan4j.optim.Optimizer;
import io.gan4j.optim.RmsProp;
import io.gan4j.optim.Sgd;
import io.gan4j.tensor.Rng;
import io.gan4j.train.config.DataConfig;
import io.gan4j.train.config.NetworkConfig;
import io.gan4j.train.config.ObjectiveConfig;
import io.gan4j.train.config.OptimizerConfig;
import io.gan4j.train.config.RunConfig;
import java.nio.file.Path;

/** Builds a ready-to-train GAN from a validated {@link RunConfig}. */
public final class GanFactory {
    private GanFactory() {}

    /** The GAN and the data it trains on, in the data's own units and as the networks see it. */
    public record Setup(RunConfig config, Gan gan, RealData data, StandardizedData standardized) {
        /** Generated examples mapped back to the data's units. */
        public io.gan4j.tensor.Tensor toData(io.gan4j.tensor.Tensor generated) {
            return standardized == null ? generated : standardized.toData(generated);
        }

        /** Examples in the data's units as the networks see them. */
        public io.gan4j.tensor.Tensor fromData(io.gan4j.tensor.Tensor examples) {
            return standardized == null ? examples : standardized.fromData(examples);
        }
    }

    public static Setup build(RunConfig c) {
        RealData data = data(c.data());
        StandardizedData standardized = c.data().standardize() ? StandardizedData.fit(data, c.seed()) : null;
        int dim = data.dim();
        Rng init = Rng.at(c.seed(), "init", 0);
        Module g = network(c.generator(), c.latent().size(), dim, 0, init.split());
        Module d = network(c.discriminator(), dim, 1, c.discriminator().featureLayer(), init.split());
        ObjectiveConfig oc = c.objective();
        Gan gan = Gan.builder()
                .generator(g)
                .discriminator(d)
                .latent(new LatentSampler(c.latent().size(), LatentSampler.Distribution.valueOf(c.latent().distribution().toUpperCase())))
                .realData(standardized != null ? standardized : data)
                .objective(objective(oc))
                .gradientPenalty(oc.kind().equals("wgan_gp") ? new GradientPenalty((float) oc.lambda()) : null)
                .optimizers(optimizer(c.generatorOptimizer(), g), optimizer(c.discriminatorOptimizer(), d))
                .settings(new GanSettings(c.train().batchSize(), c.train().criticSteps(), c.train().halfBatch(),
                        oc.kind().equals("wasserstein") ? (float) oc.clip() : 0f))
                .build();
        return new Setup(c, gan, data, standardized);
    }

    /** The real data a config names, in its own units. */
    public static RealData data(DataConfig d) {
        return switch (d.kind()) {
            case "quadratic" -> new QuadraticData(d.a(), d.xMin(), d.xMax(), d.noise());
            case "sine" -> new SineData(d.amplitude(), d.frequency(), d.xMin(), d.xMax(), d.noise());
            case "formula" -> FormulaData.of(d.formula(), d.xMin(), d.xMax(), d.noise());
            case "ring" -> new RingData(d.modes(), d.radius(), d.sigma());
            case "swissroll" -> new SwissRollData(d.scale(), d.noise());
            case "csv" -> CsvData.load(Path.of(d.file()));
            default -> throw new IllegalArgumentException("data.kind '" + d.kind() + "' is not known");
        };
    }

    private static Module network(NetworkConfig n, int in, int out, int featureLayer, Rng rng) {
        return Mlp.builder(in, out)
                .hidden(n.hidden())
                .activation(() -> Activations.of(n.activation(), n.slope()))
                .batchNorm(n.batchNorm())
                .spectralNorm(n.spectralNorm())
                .featureLayer(featureLayer)
                .outputActivation(n.output().equals("none") ? null : () -> Activations.of(n.output()))
                .init(init(n.init()))
                .build(rng);
    }

    private static Init init(String name) {
        return switch (name) {
            case "glorot" -> Init.glorotUniform();
            case "normal" -> Init.normal(0.02f);
            default -> Init.pytorchDefault();
        };
    }

    public static Objective objective(ObjectiveConfig o) {
        return switch (o.kind()) {
            case "bce" -> new Bce(true, (float) o.realLabel());
            case "minimax" -> new Bce(false, (float) o.realLabel());
            case "least_squares" -> new LeastSquares((float) o.realTarget(), (float) o.fakeTarget(), (float) o.generatorTarget());
            case "wasserstein", "wgan_gp" -> new Wasserstein();
            case "hinge" -> new Hinge();
            default -> throw new IllegalArgumentException("objective.kind '" + o.kind() + "' is not known");
        };
    }

    private static Optimizer optimizer(OptimizerConfig o, Module m) {
        return switch (o.kind()) {
            case "rmsprop" -> new RmsProp(m.namedParameters(),
                    new RmsProp.Settings((float) o.lr(), (float) o.alpha(), (float) o.eps(), (float) o.weightDecay(), (float) o.momentum(), false));
            case "sgd" -> new Sgd(m.namedParameters(), new Sgd.Settings((float) o.lr(), (float) o.momentum(), 0f, false, (float) o.weightDecay()));
            default -> new Adam(m.namedParameters(),
                    new Adam.Settings((float) o.lr(), (float) o.beta1(), (float) o.beta2(), (float) o.eps(), (float) o.weightDecay()));
        };
    }
}
