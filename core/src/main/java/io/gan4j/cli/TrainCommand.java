package io.gan4j.cli;

import io.gan4j.io.Checkpoints;
import io.gan4j.tensor.AtomicFiles;
import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.RunFolder;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.Presets;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan4j train}: trains a preset or a YAML config into a new run folder, or resumes one. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a GAN from a preset or a YAML config, writing a run folder <out>/<yyyyMMdd-HHmmss>-<name>/ with the"
            + " config, losses, pictures, checkpoints, the trained networks, samples and metrics. The last line printed names the run folder.",
        footer = {"", "Examples:", "  gan4j train", "  gan4j train sine --set train.iterations=5000 --seed 7",
            "  gan4j train my-run.yaml --out experiments", "  gan4j train --resume runs/20261123-201500-quadratic",
            "", "Presets: gan4j presets. Config keys: see README.md, 'Configuration keys'."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PRESET|FILE.yaml",
            description = "A preset name (see 'gan4j presets'; without one, the default preset) or a YAML config file.")
    String source;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a config key (repeatable), for example --set generator.hidden=64,64")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "The run's seed (same as --set seed=N).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs", description = "Parent folder of the run folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Continue a run folder from its latest checkpoint up to its train.iterations, exactly as if never stopped.")
    Path resume;

    @Mixin
    ThreadsOption threads;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        return resume != null ? resume() : fresh();
    }

    private int fresh() throws IOException {
        RunConfig config = Runs.withAbsoluteDataFile(namedAfterNewData(resolveConfig()));
        GanFactory.Setup setup = GanFactory.build(config);
        RunFolder folder = new RunFolder(RunFolder.create(out, config.name(), LocalDateTime.now(), ConfigLoader.toYaml(config)),
                config.train().iterations());
        PrintWriter w = spec.commandLine().getOut();
        w.println("gan4j train: " + (ConfigLoader.isPreset(sourceName()) ? "preset " : "config ") + sourceName()
                + (config.description().isBlank() ? "" : " — " + config.description()));
        printHeader(w, setup, folder);
        return train(w, setup, folder, 0, Map.of());
    }

    private int resume() throws IOException {
        if (source != null || !overrides.isEmpty() || seed != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--resume continues a run with its own config.yaml; it takes no preset, file, --set or --seed");
        }
        PrintWriter w = spec.commandLine().getOut();
        Runs.Resumable r = Runs.resumable(resume, w);
        w.printf(Locale.ROOT, "gan4j train: resuming %s at iteration %,d of %,d (%s)%n", resume, r.done(), r.setup().config().train().iterations(), r.from());
        printHeader(w, r.setup(), r.folder());
        return train(w, r.setup(), r.folder(), r.done(), r.meta());
    }

    private int train(PrintWriter w, GanFactory.Setup setup, RunFolder folder, int done, Map<String, String> meta) throws IOException {
        try (Interruption interruption = new Interruption(folder.dir()).install()) {
            return finish(w, folder, TrainingSession.run(setup, folder, done, meta, w, interruption));
        }
    }

    private void printHeader(PrintWriter w, GanFactory.Setup setup, RunFolder folder) {
        List<String[]> lines = new ArrayList<>(Describe.header(setup));
        lines.add(new String[] {"run folder", folder.dir().toString()});
        w.print(Describe.table(lines));
        if (verbose.verbose) w.print("config:\n" + ConfigLoader.toYaml(setup.config()).indent(2));
        w.flush();
    }

    private int finish(PrintWriter w, RunFolder folder, TrainingSession.Result r) {
        Outcome o = r.outcome();
        switch (o.status()) {
            case COMPLETED -> w.printf(Locale.ROOT, "completed %,d iterations in %s%n", o.iterations(), Describe.duration(r.seconds()));
            case STOPPED_EARLY -> w.println(o.message());
            case DIVERGED -> w.println("stopped: " + o.message() + "; the last good checkpoint is kept");
            case FAILED -> w.println(o.message());
        }
        if (r.metrics() != null) w.print("metrics:\n" + Describe.metrics(r.metrics()));
        w.print(Describe.diagnosis(r.diagnosis()));
        w.println("run folder: " + folder.dir());
        w.flush();
        if (o.diverged()) throw new TrainingDiverged(o.message());
        return 0;
    }

    private String sourceName() {
        return source == null ? Presets.DEFAULT : source;
    }

    /**
     * A preset or file, then the overrides. Problems with the preset name or the overrides are
     * usage errors (exit 2); problems inside a config file are errors of that file (exit 1).
     */
    private RunConfig resolveConfig() throws IOException {
        String name = sourceName();
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) all.add("seed=" + seed);
        boolean preset = ConfigLoader.isPreset(name);
        if (!preset && !looksLikeFile(name)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no preset named '" + name + "' (presets: " + String.join(", ", Presets.NAMES) + "; or name a .yaml file)");
        }
        if (!preset && !Files.exists(Path.of(name))) throw new NoSuchFileException(name);
        if (!preset) ConfigLoader.file(Path.of(name), List.of());
        try {
            return preset ? ConfigLoader.preset(name, all) : ConfigLoader.file(Path.of(name), all);
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), fromOverrides(e.getMessage(), preset ? "preset '" + name + "'" : name), e);
        }
    }

    /** The config alone loaded fine, so the overrides are at fault: say so instead of naming the config. */
    private static String fromOverrides(String message, String source) {
        if (message.startsWith("--set")) return message;
        String rest = message.startsWith(source + ": ") ? message.substring(source.length() + 2) : message;
        return "--set: " + rest;
    }

    private static boolean looksLikeFile(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.contains("/") || Files.exists(Path.of(name));
    }

    /**
     * {@code gan4j train --set data.kind=csv --set data.file=wind.csv} should not make a run folder named after the
     * preset's data: unless --set names the run, it is named after the data kind (a CSV file: its name).
     */
    private RunConfig namedAfterNewData(RunConfig c) {
        boolean kindChanged = overrides.stream().anyMatch(o -> o.strip().startsWith("data.kind="));
        boolean named = overrides.stream().anyMatch(o -> o.strip().startsWith("name="));
        if (!kindChanged || named) return c;
        String name = c.data().kind().equals("csv")
                ? Path.of(c.data().file()).getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.-]", "_")
                : c.data().kind();
        return c.withName(name);
    }

    /** Training stopped on a NaN or infinity; the message names the iteration and the figure. */
    static final class TrainingDiverged extends RuntimeException {
        TrainingDiverged(String message) {
            super(message);
        }
    }
}
