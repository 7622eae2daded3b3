package io.gan4j.train.config;

/**
 * Everything a training run needs, resolved and validated. Built by {@link ConfigLoader}:
 * defaults (the DEFAULTS constants, the one place they live), then a preset or file, then
 * {@code --set} overrides.
 *
 * @param name                   the preset's or file's name; names the run folder
 * @param description            one line for {@code gan4j presets}
 * @param seed                   the run's one seed: same seed, same run
 * @param generatorOptimizer     optimizer of the generator
 * @param discriminatorOptimizer optimizer of the discriminator
 */
public record RunConfig(String name, String description, long seed, DataConfig data, LatentConfig latent,
                        NetworkConfig generator, NetworkConfig discriminator, ObjectiveConfig objective,
                        OptimizerConfig generatorOptimizer, OptimizerConfig discriminatorOptimizer,
                        TrainConfig train, OutputConfig output) {
    public static final RunConfig DEFAULTS = new RunConfig("custom", "", 42, DataConfig.DEFAULTS, LatentConfig.DEFAULTS,
            NetworkConfig.GENERATOR_DEFAULTS, NetworkConfig.DISCRIMINATOR_DEFAULTS, ObjectiveConfig.DEFAULTS,
            OptimizerConfig.DEFAULTS, OptimizerConfig.DEFAULTS, TrainConfig.DEFAULTS, OutputConfig.DEFAULTS);

    /**
     * The defaults for the chosen kinds of data and optimizers: keys a preset or file leaves out take the
     * chosen kind's own defaults (a sine's x-range is [−π, π], RMSprop's learning rate 0.01).
     */
    public static RunConfig defaults(String dataKind, String generatorOptimizerKind, String discriminatorOptimizerKind) {
        RunConfig d = DEFAULTS;
        return new RunConfig(d.name, d.description, d.seed, DataConfig.defaults(dataKind), d.latent, d.generator, d.discriminator,
                d.objective, OptimizerConfig.defaults(generatorOptimizerKind), OptimizerConfig.defaults(discriminatorOptimizerKind),
                d.train, d.output);
    }

    /** This config with other data settings. */
    public RunConfig withData(DataConfig d) {
        return new RunConfig(name, description, seed, d, latent, generator, discriminator, objective, generatorOptimizer,
                discriminatorOptimizer, train, output);
    }

    /** This config with another name. */
    public RunConfig withName(String n) {
        return new RunConfig(n, description, seed, data, latent, generator, discriminator, objective, generatorOptimizer,
                discriminatorOptimizer, train, output);
    }

    /** Checks every field; the first problem is thrown, naming its key. */
    public RunConfig validated() {
        if (name == null || !name.matches("[A-Za-z0-9_.-]+")) throw new ConfigException("name must be letters, digits, '.', '_' or '-', got '" + name + "'");
        data.validate();
        latent.validate();
        generator.validate("generator");
        discriminator.validate("discriminator");
        objective.validate();
        generatorOptimizer.validate("generatorOptimizer");
        discriminatorOptimizer.validate("discriminatorOptimizer");
        train.validate();
        if (objective.toObjective().gradientPenalty() != null && discriminator.batchNorm()) {
            // The penalty needs each example's own gradient; batch statistics mix examples.
            throw new ConfigException("objective.kind wgan_gp cannot be used with discriminator.batchNorm (the gradient penalty is per example)");
        }
        validateConditioning();
        output.validate();
        if (train.patience() > 0 && output.evalEvery() == 0) {
            throw new ConfigException("train.patience needs evaluations to count: set output.evalEvery above 0");
        }
        return this;
    }

    /** Both networks conditional or neither, projection only for D, and labelled data (checked by kind: a CSV is read at build). */
    private void validateConditioning() {
        if (generator.conditioning().equals("projection")) {
            throw new ConfigException("generator.conditioning projection is for the discriminator; the generator takes embedding");
        }
        if (generator.takesLabels() != discriminator.takesLabels()) {
            throw new ConfigException("generator.conditioning and discriminator.conditioning must both be none, or both name a conditioning (got "
                    + generator.conditioning() + " and " + discriminator.conditioning() + ")");
        }
        if (generator.takesLabels() && !data.canHaveLabels()) {
            throw new ConfigException("conditioning needs labelled data: data.kind functions, fashion-mnist, or csv with data.labelColumn (got "
                    + data.kind() + (data.kind().equals("csv") ? " without data.labelColumn" : "") + ")");
        }
    }
}
