package io.gan4j.spark.cli;

import io.gan4j.spark.SparkSessions;
import io.gan4j.spark.Sweep;
import io.gan4j.spark.SweepFolder;
import io.gan4j.spark.SweepSpec;
import io.gan4j.spark.TrialResult;
import io.gan4j.tensor.TextFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan4j sweep FILE.yaml}: a hyperparameter sweep on Spark, embedded unless --master names a cluster. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a hyperparameter sweep: every trial of the sweep file is an ordinary run folder (resumable, evaluable)"
            + " under <out>/trials/; then results.csv and results.parquet (a row per trial), results.png (the metric against each"
            + " varied key) and best.json. Run it again on the same folder to skip the trials that finished and resume the others.",
        footer = {"", "Sweep file:", "  base: quadratic                     # a preset or a config file",
            "  set: {train.iterations: 3000}       # the same for every trial",
            "  axes:                               # lists of values, or ranges",
            "    generatorOptimizer.lr: [0.0003, 0.001, 0.003]",
            "    discriminatorOptimizer.lr: {logUniform: [0.0001, 0.01], steps: 3}",
            "  search: grid                        # or random, with draws: N",
            "  seeds: 2                            # trials per point (or a list of seeds)",
            "  metric: energy_distance             # default: the runs' headline; goal: min (or max)",
            "", "Examples:", "  gan4j sweep lr.yaml", "  gan4j sweep lr.yaml --out file:///shared/sweeps/lr --master spark://head:7077"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The sweep file.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR|URI", description = "The sweep folder: a path, or a Hadoop filesystem URI the whole cluster sees"
            + " (file://, hdfs://, s3a://). Default: sweeps/<file name>.")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "A Spark master (spark://host:7077, yarn, k8s://...); default: embedded Spark.")
    String master;

    @Option(names = "--parallel", paramLabel = "K", description = "Embedded Spark: trials at once (default: ${DEFAULT-VALUE}, see docs/BENCHMARKS.md).",
            defaultValue = "" + Defaults.PARALLEL)
    int parallel;

    @Option(names = "--threads", paramLabel = "T", description = "Engine threads per trial (default: processors / trials at once, at least 1).")
    Integer threads;

    @Option(names = "--verbose", description = "Spark's own log, and stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (parallel < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--parallel must be at least 1, got " + parallel);
        if (threads != null && threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        String text = TextFiles.read(file);
        SweepSpec sweep = SweepSpec.read(file);
        SweepFolder folder = SweepFolder.of(out != null ? out : Path.of("sweeps", file.getFileName().toString().replaceFirst("\\.ya?ml$", "")).toString());
        int perTrial = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / parallel);
        PrintWriter w = spec.commandLine().getOut();
        try (SparkSession spark = SparkSessions.open("gan4j sweep", master, parallel, verbose)) {
            Sweep.Outcome o = Sweep.run(spark, sweep, text, folder, perTrial, w);
            report(w, o, folder);
        }
        return 0;
    }

    private static void report(PrintWriter w, Sweep.Outcome o, SweepFolder folder) {
        long done = o.results().stream().filter(TrialResult::finished).count();
        long reused = o.results().stream().filter(TrialResult::reused).count();
        w.printf(Locale.ROOT, "gan4j sweep: %d of %d trials finished (%d from an earlier start) in %.1f s%n", done, o.results().size(), reused, o.seconds());
        for (TrialResult r : o.results()) {
            Double v = r.metric(o.metric());
            w.printf(Locale.ROOT, "  %-16s %-13s %s = %s  %s%n", r.trial().name(), r.status(), o.metric(), v == null ? "-" : String.format(Locale.ROOT, "%.4g", v),
                    r.trial().varied());
        }
        if (o.best() != null) {
            w.printf(Locale.ROOT, "best: %s (%s = %.4g) %s, %s%n", o.best().trial().name(), o.metric(), o.best().metric(o.metric()), o.best().trial().varied(), o.best().runDir());
        } else {
            w.println("best: none (no trial finished with a finite " + o.metric() + ")");
        }
        w.println("sweep folder: " + folder);
        w.flush();
    }
}
