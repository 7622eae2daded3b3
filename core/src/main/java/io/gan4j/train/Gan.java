package io.gan4j.train;

import io.gan4j.autograd.Autograd;
import io.gan4j.autograd.GradMode;
import io.gan4j.autograd.Variable;
import io.gan4j.data.Labelled;
import io.gan4j.data.RealData;
import io.gan4j.loss.GradientPenalty;
import io.gan4j.loss.Objective;
import io.gan4j.nn.Batching;
import io.gan4j.nn.Conditional;
import io.gan4j.nn.Dropout;
import io.gan4j.nn.Module;
import io.gan4j.optim.Optimizer;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.DataParallel.Loss;
import io.gan4j.train.DataParallel.Means;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
    private Objective objective;
    private final Optimizer generatorOptimizer;
    private final Optimizer discriminatorOptimizer;
    private GanSettings settings;
    private final DataParallel parallel;
    /** G(z, c) and D(x, c): both networks take each example's class (Mirza and Osindero, 2014). */
    private final boolean conditional;

    Gan(GanBuilder b) {
        this.generator = Objects.requireNonNull(b.generator, "generator");
        this.discriminator = Objects.requireNonNull(b.discriminator, "discriminator");
        this.latent = Objects.requireNonNull(b.latent, "latent sampler");
        this.realData = Objects.requireNonNull(b.realData, "real data");
        this.objective = Objects.requireNonNull(b.objective, "objective");
        this.generatorOptimizer = Objects.requireNonNull(b.generatorOptimizer, "generator optimizer");
        this.discriminatorOptimizer = Objects.requireNonNull(b.discriminatorOptimizer, "discriminator optimizer");
        this.settings = Objects.requireNonNull(b.settings, "settings");
        this.parallel = DataParallel.over(generator, discriminator);
        this.conditional = generator instanceof Conditional;
        if (conditional) requireLabelledData(realData);
        if (conditional != discriminator instanceof Conditional) {
            throw new IllegalArgumentException("the generator and the discriminator must both be conditional, or neither");
        }
    }

    private void requireLabelledData(RealData data) {
        int classes = ((Conditional) generator).classes();
        if (!data.isLabelled()) throw new IllegalArgumentException("conditional networks need labelled data; " + data.describe() + " has no labels");
        if (data.classNames().size() != classes || ((Conditional) discriminator).classes() != classes) {
            throw new IllegalArgumentException("the data has " + data.classNames().size() + " classes, the generator " + classes
                    + " and the discriminator " + ((Conditional) discriminator).classes());
        }
    }

    public static GanBuilder builder() {
        return new GanBuilder();
    }

    /**
     * One training iteration: {@code criticSteps} discriminator updates, then one generator
     * update. All randomness comes from {@code rng}.
     */
    public StepResult step(Rng rng) {
        reseedDropout(rng);
        // 1. Train the discriminator (critic) on real examples and detached generated ones.
        Means d = null;
        for (int i = 0; i < settings.criticSteps(); i++) d = updateDiscriminator(rng);
        // 2. Train the generator to make the discriminator call its examples real.
        Means g = updateGenerator(rng);
        double dReal = d.figures()[0], dFake = d.figures()[1];
        return new StepResult(d.loss(), g.loss(), dReal, dFake, d.figures()[2], objective.isCritic() ? dReal - dFake : Double.NaN);
    }

    /** One discriminator update alone (a dashboard's "step D"); its loss. */
    public double discriminatorStep(Rng rng) {
        reseedDropout(rng);
        return updateDiscriminator(rng).loss();
    }

    /** One generator update alone (a dashboard's "step G"); its loss. */
    public double generatorStep(Rng rng) {
        reseedDropout(rng);
        return updateGenerator(rng).loss();
    }

    private void reseedDropout(Rng rng) {
        // Dropout masks come from this iteration's stream, so a resumed run repeats them.
        Dropout.reseedAll(generator, rng.split());
        Dropout.reseedAll(discriminator, rng.split());
    }

    private Means updateDiscriminator(Rng rng) {
        Means d = parallel.backward(settings.discriminatorBatch(), rng, discriminatorOptimizer.parameters(), this::discriminatorLoss);
        discriminatorOptimizer.step();
        // WGAN clips the critic's weights here (Arjovsky et al., 2017); other objectives do nothing.
        objective.afterDiscriminatorUpdate(discriminatorOptimizer.parameters());
        return d;
    }

    private Means updateGenerator(Rng rng) {
        Means g = parallel.backward(settings.batchSize(), rng, generatorOptimizer.parameters(), this::generatorLoss);
        generatorOptimizer.step();
        return g;
    }

    /**
     * Changes the batch size, critic steps or half-batch rule between steps (the dashboard's steering);
     * call it only from the training thread.
     */
    public void retune(GanSettings changed) {
        this.settings = Objects.requireNonNull(changed, "settings");
    }

    /**
     * Changes the objective's parameters between steps (the dashboard's steering); the kind must stay,
     * since the optimizers' state and the logs' columns depend on it. Call it only from the training thread.
     */
    public void changeObjective(Objective changed) {
        if (changed.isCritic() != objective.isCritic() || !changed.name().equals(objective.name())) {
            throw new IllegalArgumentException("the objective's kind cannot change during training (" + objective.name() + " to " + changed.name() + ")");
        }
        this.objective = changed;
    }

    /** D's raw outputs on some examples, shape [n, 1], and the gradient of G's loss at each, shape as the examples. */
    public record Judgement(Tensor scores, Tensor generatorLossGradient) {}

    /**
     * D's raw outputs on the given generated examples and the gradient of the generator's loss with respect to each,
     * from one pass of D in inference mode: minus the gradient is the way the generator's update pushes each example.
     */
    public Judgement judgeWithGradient(Tensor examples, int[] labels) {
        if (conditional && labels == null) throw new IllegalStateException("a conditional discriminator judges examples with their classes");
        boolean wasTraining = discriminator.isTraining();
        discriminator.eval();
        try {
            Variable x = Variable.param(examples);
            Variable scores = d(x, conditional ? labels : null);
            Variable loss = objective.generatorLoss(scores);
            return new Judgement(scores.value(), Autograd.grad(loss, x, false).value());
        } finally {
            discriminator.train(wasTraining);
        }
    }

    /** D's loss on n real and n generated examples, plus WGAN-GP's penalty; figures: D(real), D(fake) as shown, the penalty. */
    private Loss discriminatorLoss(int n, Rng rng) {
        // A conditional D sees real examples with their classes, and generated ones asked for the same classes.
        Labelled batch = conditional ? realData.sampleLabelled(n, rng) : null;
        int[] labels = conditional ? batch.labels() : null;
        Variable real = Variable.constant(conditional ? batch.examples() : realData.sample(n, rng));
        Variable fake = generate(latent.sample(n, rng), labels);
        Variable[] scores = discriminate(real, fake, labels);
        Variable loss = objective.discriminatorLoss(scores[0], scores[1]);
        double penaltyValue = 0;
        GradientPenalty penalty = objective.gradientPenalty();
        if (penalty != null) {
            // WGAN-GP: λ·(‖∇D(x̂)‖ − 1)² on interpolates between real and generated examples.
            Variable gp = penalty.of(x -> d(x, labels), real, fake, rng);
            penaltyValue = gp.item();
            loss = loss.add(gp.mul(penalty.lambda()));
        }
        return new Loss(loss, objective.shownMean(scores[0].value()), objective.shownMean(scores[1].value()), penaltyValue);
    }

    /** D(real) and D(fake): one pass over both stacked (fewer, larger matrix products) unless D uses batch statistics. */
    private Variable[] discriminate(Variable real, Variable fake, int[] labels) {
        if (discriminator.batching() == Batching.WHOLE_BATCH) return new Variable[] {d(real, labels), d(fake, labels)};
        int n = real.dim(0), m = fake.dim(0);
        Variable both = d(Variable.concat(0, real, fake), labels == null ? null : twice(labels));
        return new Variable[] {both.slice(0, 0, n), both.slice(0, n, n + m)};
    }

    private Loss generatorLoss(int n, Rng rng) {
        int[] labels = conditional ? realData.sampleLabels(n, rng) : null;
        return new Loss(objective.generatorLoss(d(g(Variable.constant(latent.sample(n, rng)), labels), labels)));
    }

    /** Generated examples outside the graph: the discriminator's step must not train G. */
    private Variable generate(Tensor latentRows, int[] labels) {
        try (GradMode.Scope ignored = GradMode.off()) {
            return g(Variable.constant(latentRows), labels);
        }
    }

    /** G(z), or G(z, c) when conditional. */
    private Variable g(Variable z, int[] labels) {
        return labels == null ? generator.forward(z) : ((Conditional) generator).forward(z, labels);
    }

    /** D(x), or D(x, c) when conditional. */
    private Variable d(Variable x, int[] labels) {
        return labels == null ? discriminator.forward(x) : ((Conditional) discriminator).forward(x, labels);
    }

    private static int[] twice(int[] labels) {
        int[] both = Arrays.copyOf(labels, 2 * labels.length);
        System.arraycopy(labels, 0, both, labels.length, labels.length);
        return both;
    }

    /** n generated examples in inference mode (BatchNorm uses running statistics), shape [n, ...]; a conditional G draws the classes as the data does. */
    public Tensor sample(int n, Rng rng) {
        return conditional ? sampleLabelled(n, rng).examples() : sample(null, n, rng);
    }

    /** n generated examples with the classes they were asked for (drawn as the data's); for a conditional GAN. */
    public Labelled sampleLabelled(int n, Rng rng) {
        requireConditional();
        int[] labels = realData.sampleLabels(n, rng);
        return new Labelled(sample(labels, n, rng), labels);
    }

    /** One generated example of each of the given classes, in order; for a conditional GAN. */
    public Tensor sample(int[] labels, Rng rng) {
        requireConditional();
        return sample(labels, labels.length, rng);
    }

    private Tensor sample(int[] labels, int n, Rng rng) {
        return inference(generator, () -> g(Variable.constant(latent.sample(n, rng)), labels).value());
    }

    /** G of given latent rows [n, latent size], in inference mode; for an unconditional GAN (the dashboard's manifold). */
    public Tensor generateFrom(Tensor latentRows) {
        if (conditional) throw new IllegalStateException("a conditional generator needs the classes too");
        return inference(generator, () -> generator.forward(Variable.constant(latentRows)).value());
    }

    /** The discriminator's raw outputs on examples, in inference mode, shape [n, 1]. */
    public Tensor judge(Tensor examples) {
        return judge(examples, null);
    }

    /** The conditional discriminator's raw outputs on examples of the given classes (null: unconditional), shape [n, 1]. */
    public Tensor judge(Tensor examples, int[] labels) {
        if (conditional && labels == null) throw new IllegalStateException("a conditional discriminator judges examples with their classes");
        return inference(discriminator, () -> d(Variable.constant(examples), conditional ? labels : null).value());
    }

    public boolean isConditional() {
        return conditional;
    }

    /** The classes a conditional GAN draws (the data's), empty otherwise. */
    public List<String> classNames() {
        return conditional ? realData.classNames() : List.of();
    }

    private void requireConditional() {
        if (!conditional) throw new IllegalStateException("this GAN is not conditional: it draws no asked-for classes");
    }

    private static Tensor inference(Module network, Supplier<Tensor> pass) {
        boolean wasTraining = network.isTraining();
        network.eval();
        try (GradMode.Scope ignored = GradMode.off()) {
            return pass.get();
        } finally {
            network.train(wasTraining);
        }
    }

    public Module generator() { return generator; }

    public Module discriminator() { return discriminator; }

    public LatentSampler latent() { return latent; }

    public RealData realData() { return realData; }

    public Objective objective() { return objective; }

    public Optimizer generatorOptimizer() { return generatorOptimizer; }

    public Optimizer discriminatorOptimizer() { return discriminatorOptimizer; }

    public GanSettings settings() { return settings; }
}
