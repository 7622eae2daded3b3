package io.gan4j.train;

import io.gan4j.autograd.GradMode;
import io.gan4j.autograd.Variable;
import io.gan4j.data.RealData;
import io.gan4j.loss.GradientPenalty;
import io.gan4j.loss.Objective;
import io.gan4j.nn.Dropout;
import io.gan4j.nn.Module;
import io.gan4j.optim.Optimizer;
import io.gan4j.optim.WeightClip;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A GAN: a generator, a discriminator (or critic), a latent sampler and a source of real
 * examples, trained with an objective and two optimizers — the shape of the classic
 * {@code Simple_GAN(generator, discriminator, latent_generator, real_examples, batch_size,
 * disc_iter, learning_rate)}. Build one with {@link #builder()}.
 */
public final class Gan {
    private final Module generator;
    private final Module discriminator;
    private final LatentSampler latent;
    private final RealData realData;
    private final Objective objective;
    private final GradientPenalty penalty;
    private final Optimizer generatorOptimizer;
    private final Optimizer discriminatorOptimizer;
    private final GanSettings settings;

    private Gan(Builder b) {
        this.generator = Objects.requireNonNull(b.generator, "generator");
        this.discriminator = Objects.requireNonNull(b.discriminator, "discriminator");
        this.latent = Objects.requireNonNull(b.latent, "latent sampler");
        this.realData = Objects.requireNonNull(b.realData, "real data");
        this.objective = Objects.requireNonNull(b.objective, "objective");
        this.penalty = b.penalty;
        this.generatorOptimizer = Objects.requireNonNull(b.generatorOptimizer, "generator optimizer");
        this.discriminatorOptimizer = Objects.requireNonNull(b.discriminatorOptimizer, "discriminator optimizer");
        this.settings = Objects.requireNonNull(b.settings, "settings");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One training iteration: {@code criticSteps} discriminator updates, then one generator
     * update. All randomness comes from {@code rng}.
     */
    public StepResult step(Rng rng) {
        DiscriminatorFigures d = null;
        // Dropout masks come from this iteration's stream, so a resumed run repeats them.
        Dropout.reseedAll(generator, rng.split());
        Dropout.reseedAll(discriminator, rng.split());
        // 1. Train the discriminator (critic) on real examples and detached generated ones.
        for (int i = 0; i < settings.criticSteps(); i++) d = discriminatorStep(rng);
        // 2. Train the generator to make the discriminator call its examples real.
        double gLoss = generatorStep(rng);
        return new StepResult(d.loss, gLoss, d.real, d.fake, d.penalty,
                objective.isCritic() ? d.real - d.fake : Double.NaN);
    }

    private record DiscriminatorFigures(double loss, double real, double fake, double penalty) {}

    /** One shard's part of a discriminator step: its gradients, and its figures weighted by its share (summed over shards). */
    private record DiscriminatorShard(Tensor[] gradients, double loss, double shownReal, double shownFake, double penalty) {}

    /** One shard's part of a generator step: its gradients and its share of the loss. */
    private record GeneratorShard(Tensor[] gradients, double loss) {}

    private DiscriminatorFigures discriminatorStep(Rng rng) {
        int n = settings.halfBatch() ? settings.batchSize() / 2 : settings.batchSize();
        Shards shards = shards(n);
        List<Rng> shardRngs = splits(rng, shards.count());
        // Each shard draws its own real examples, at the same time as the others.
        DiscriminatorFigures figures = shards.run(s -> discriminatorShard(realData.sample(shards.size(s, n), shardRngs.get(s)),
                shardRngs.get(s), shards.share(s, n)), this::updateDiscriminator);
        // WGAN (Arjovsky et al., 2017): clip the critic's weights to [−c, c] to keep it Lipschitz.
        if (settings.clipValue() > 0) WeightClip.apply(discriminatorOptimizer.parameters(), settings.clipValue());
        return figures;
    }

    /** Updates D from the sum of the shards' gradients and adds up their figures. */
    private DiscriminatorFigures updateDiscriminator(List<DiscriminatorShard> parts) {
        discriminatorOptimizer.step(parts.stream().map(DiscriminatorShard::gradients).toList());
        double loss = 0, shownReal = 0, shownFake = 0, penaltyValue = 0;
        for (DiscriminatorShard p : parts) {
            loss += p.loss;
            shownReal += p.shownReal;
            shownFake += p.shownFake;
            penaltyValue += p.penalty;
        }
        return new DiscriminatorFigures(loss, shownReal, shownFake, penaltyValue);
    }

    /** The discriminator's loss on one shard of real and as many generated examples, and its gradients. */
    private DiscriminatorShard discriminatorShard(Tensor realRows, Rng rng, float share) {
        Variable real = Variable.constant(realRows);
        Variable fake = generate(latent.sample(realRows.dim(0), rng));
        Variable[] scores = discriminate(real, fake);
        Variable dReal = scores[0], dFake = scores[1];
        Variable loss = objective.discriminatorLoss(dReal, dFake);
        double penaltyValue = 0;
        if (penalty != null) {
            // WGAN-GP: λ·(‖∇D(x̂)‖ − 1)² on interpolates between real and generated examples.
            Variable gp = penalty.of(discriminator::forward, real, fake, rng);
            penaltyValue = gp.item();
            loss = loss.add(gp.mul(penalty.lambda()));
        }
        Tensor[] gradients = Shards.gradients(weighted(loss, share), discriminatorOptimizer.parameters());
        return new DiscriminatorShard(gradients, share * loss.item(), share * shownMean(dReal), share * shownMean(dFake),
                share * penaltyValue);
    }

    /** D(real) and D(fake). */
    private Variable[] discriminate(Variable real, Variable fake) {
        if (discriminator.mixesExamples()) return new Variable[] {discriminator.forward(real), discriminator.forward(fake)};
        // One pass over both batches stacked: the same scores as two passes when D treats examples
        // independently, from half as many (and larger, faster) matrix products.
        int n = real.dim(0), m = fake.dim(0);
        Variable both = discriminator.forward(Variable.concat(0, real, fake));
        return new Variable[] {both.slice(0, 0, n), both.slice(0, n, n + m)};
    }

    private double generatorStep(Rng rng) {
        int n = settings.batchSize();
        Shards shards = shards(n);
        List<Rng> shardRngs = splits(rng, shards.count());
        double loss = shards.run(s -> generatorShard(latent.sample(shards.size(s, n), shardRngs.get(s)), shards.share(s, n)),
                parts -> {
                    generatorOptimizer.step(parts.stream().map(GeneratorShard::gradients).toList());
                    return parts.stream().mapToDouble(GeneratorShard::loss).sum();
                });
        return loss;
    }

    private GeneratorShard generatorShard(Tensor latentRows, float share) {
        Variable loss = objective.generatorLoss(discriminator.forward(generator.forward(Variable.constant(latentRows))));
        return new GeneratorShard(Shards.gradients(weighted(loss, share), generatorOptimizer.parameters()), share * loss.item());
    }

    /**
     * Shards run concurrently when neither network mixes examples or changes state in its forward
     * pass; their mean losses, weighted by their shares, add up to the batch's mean loss.
     */
    private Shards shards(int n) {
        return Shards.forModules(n, generator, discriminator);
    }

    private static Variable weighted(Variable loss, float share) {
        return share == 1f ? loss : loss.mul(share);
    }

    /** One independent generator per shard, split off in shard order. */
    private static List<Rng> splits(Rng rng, int count) {
        List<Rng> rngs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) rngs.add(rng.split());
        return rngs;
    }

    /** Generated examples from the given latent rows, outside the graph (the discriminator's step must not train G). */
    private Variable generate(Tensor latentRows) {
        try (GradMode.Scope ignored = GradMode.off()) {
            return generator.forward(Variable.constant(latentRows));
        }
    }

    private double shownMean(Variable out) {
        float[] v = out.value().data();
        double sum = 0;
        for (float x : v) sum += objective.shown(x);
        return sum / v.length;
    }

    /** n generated examples in inference mode (BatchNorm uses running statistics), shape [n, ...]. */
    public Tensor sample(int n, Rng rng) {
        boolean wasTraining = generator.isTraining();
        generator.eval();
        try (GradMode.Scope ignored = GradMode.off()) {
            return generator.forward(Variable.constant(latent.sample(n, rng))).value();
        } finally {
            generator.train(wasTraining);
        }
    }

    /** The discriminator's raw outputs on examples, in inference mode, shape [n, 1]. */
    public Tensor judge(Tensor examples) {
        boolean wasTraining = discriminator.isTraining();
        discriminator.eval();
        try (GradMode.Scope ignored = GradMode.off()) {
            return discriminator.forward(Variable.constant(examples)).value();
        } finally {
            discriminator.train(wasTraining);
        }
    }

    public Module generator() {
        return generator;
    }

    public Module discriminator() {
        return discriminator;
    }

    public LatentSampler latent() {
        return latent;
    }

    public RealData realData() {
        return realData;
    }

    public Objective objective() {
        return objective;
    }

    public Optimizer generatorOptimizer() {
        return generatorOptimizer;
    }

    public Optimizer discriminatorOptimizer() {
        return discriminatorOptimizer;
    }

    public GanSettings settings() {
        return settings;
    }

    /** Required: generator, discriminator, latent, realData, objective, both optimizers. */
    public static final class Builder {
        private Module generator;
        private Module discriminator;
        private LatentSampler latent;
        private RealData realData;
        private Objective objective;
        private GradientPenalty penalty;
        private Optimizer generatorOptimizer;
        private Optimizer discriminatorOptimizer;
        private GanSettings settings = GanSettings.DEFAULTS;

        public Builder generator(Module g) {
            this.generator = g;
            return this;
        }

        public Builder discriminator(Module d) {
            this.discriminator = d;
            return this;
        }

        public Builder latent(LatentSampler l) {
            this.latent = l;
            return this;
        }

        public Builder realData(RealData r) {
            this.realData = r;
            return this;
        }

        public Builder objective(Objective o) {
            this.objective = o;
            return this;
        }

        /** A WGAN-GP gradient penalty added to the discriminator's loss. */
        public Builder gradientPenalty(GradientPenalty p) {
            this.penalty = p;
            return this;
        }

        public Builder optimizers(Optimizer forGenerator, Optimizer forDiscriminator) {
            this.generatorOptimizer = forGenerator;
            this.discriminatorOptimizer = forDiscriminator;
            return this;
        }

        public Builder settings(GanSettings s) {
            this.settings = s;
            return this;
        }

        public Gan build() {
            return new Gan(this);
        }
    }
}
