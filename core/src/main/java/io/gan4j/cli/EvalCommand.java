package io.gan4j.cli;

import io.gan4j.io.Json;
import io.gan4j.io.LossCsv;
import io.gan4j.train.LossLog;
import io.gan4j.train.RunFolder;
import io.gan4j.train.metrics.Diagnosis;
import io.gan4j.train.metrics.Metrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gan4j eval}: the metrics of a run's saved generator. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Recompute the metrics of a run's trained generator (or its latest checkpoint): for 28x28 grey images the"
            + " Fréchet classifier distance, classifier score and class histogram; else the energy distance, with residual"
            + " share and x-coverage for function targets and modes captured and high-quality share"
            + " for the ring; then the problems found, in words (mode collapse, a winning discriminator). Same samples as at the"
            + " end of training, so the same figures as its metrics.json.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "The run folder.")
    Path run;

    @Option(names = "--samples", paramLabel = "N", description = "Generated examples to measure (default: the run's output.samples).")
    Integer samples;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    ThreadsOption threads;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        SavedRun saved = SavedRun.load(run);
        saved.skipped().forEach(s -> spec.commandLine().getErr().println("gan4j: skipped " + s));
        var config = saved.setup().config();
        int n = samples != null ? samples : config.output().samples();
        if (n < 2) throw new CommandLine.ParameterException(spec.commandLine(), "--samples must be at least 2, got " + n);
        Map<String, Double> metrics = Metrics.evaluate(saved.setup(), n, config.seed(),
                TrainingSession.imageReference(saved.setup()));
        List<String> diagnosis = Diagnosis.of(saved.setup(), metrics, lossHistory(saved));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("run", run.toString());
            m.put("model", saved.source());
            m.put("iteration", saved.iteration());
            m.put("samples", n);
            m.put("metrics", Json.finite(metrics));
            m.put("diagnosis", diagnosis);
            out.print(Json.text(m));
        } else {
            out.printf("%s (%s, iteration %,d), %,d samples:%n", run, saved.source(), saved.iteration(), n);
            out.print(Describe.metrics(metrics));
            out.print(Describe.diagnosis(diagnosis));
        }
        out.flush();
        return 0;
    }

    /** The run's losses.csv up to the generator's iteration, for the checks that read the loss history; empty without one. */
    private static List<LossLog.Row> lossHistory(SavedRun saved) throws IOException {
        Path file = saved.dir().resolve(RunFolder.LOSSES);
        if (!Files.isRegularFile(file)) return List.of();
        var config = saved.setup().config();
        List<String> columns = new LossLog(config.output().logEvery(), saved.setup().gan().objective().isCritic()).columns();
        return LossCsv.read(file, columns, saved.iteration() < 0 ? Integer.MAX_VALUE : saved.iteration());
    }
}
