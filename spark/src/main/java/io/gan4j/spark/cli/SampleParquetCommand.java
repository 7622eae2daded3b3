package io.gan4j.spark.cli;

import io.gan4j.cli.Main;
import io.gan4j.cli.SavedRun;
import io.gan4j.spark.BulkSampler;
import io.gan4j.spark.SparkSessions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code gan4j sample --out DIR.parquet}: bulk sampling on Spark. Any other output goes to the core's {@code sample}.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate examples with a run's trained generator. With --out DIR.parquet: Parquet files made on Spark (embedded,"
            + " or a cluster with --master), the same rows whatever the partitions or machines, the first rows those of"
            + " 'gan4j sample' with the same seed. Other outputs: as the core's 'gan4j sample'.")
final class SampleParquetCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "The run folder (on a cluster: a path every machine sees).")
    Path run;

    @Option(names = "-n", required = true, paramLabel = "N", description = "How many rows (up to 2^62).")
    long n;

    @Option(names = "--out", paramLabel = "DIR.parquet", description = "The Parquet folder (a path or a Hadoop filesystem URI); it must not exist.")
    String out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the latent noise (default: the run's seed).")
    Long seed;

    @Option(names = "--label", paramLabel = "NAME|INDEX", description = "A conditional run: the class to draw (default: every class in turn).")
    String label;

    @Option(names = "--partitions", paramLabel = "P", description = "Parquet files (default: " + Defaults.PARTITIONS_PER_SLOT + " per task slot); the rows do not depend on it.")
    Integer partitions;

    @Option(names = "--master", paramLabel = "URL", description = "A Spark master; default: embedded Spark.")
    String master;

    @Option(names = "--parallel", paramLabel = "K", description = "Embedded Spark: tasks at once (default: processors).")
    Integer parallel;

    @Option(names = "--verbose", description = "Spark's own log, and stack traces of errors.")
    boolean verbose;

    @Unmatched
    List<String> rest = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (out == null || !out.toLowerCase(Locale.ROOT).endsWith(".parquet")) return core();
        if (!rest.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "unknown option for Parquet output: " + String.join(" ", rest));
        if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "-n must be at least 1, got " + n);
        int slots = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
        if (slots < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--parallel must be at least 1, got " + slots);
        int p = partitions != null ? partitions : Defaults.PARTITIONS_PER_SLOT * slots;
        if (p < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1, got " + p);
        SavedRun saved = SavedRun.load(run);
        long s = seed != null ? seed : saved.setup().config().seed();
        BulkSampler sampler = new BulkSampler(run, n, s, classAsked(saved));
        PrintWriter err = spec.commandLine().getErr();
        try (SparkSession spark = SparkSessions.open("gan4j sample", master, slots, verbose)) {
            BulkSampler.Report r = sampler.write(spark, p, out);
            err.printf(Locale.ROOT, "wrote %,d rows from %s (iteration %d) to %s in %d files: %.1f s, %,.0f rows/s%n", r.rows(), saved.source(),
                    saved.iteration(), out, r.partitions(), r.seconds(), r.rows() / r.seconds());
        }
        err.flush();
        return 0;
    }

    /** Not Parquet: the core's own sample command, with the same arguments. */
    private int core() {
        List<String> args = new ArrayList<>(List.of("sample", "--run", run.toString(), "-n", Long.toString(n)));
        if (out != null) args.addAll(List.of("--out", out));
        if (seed != null) args.addAll(List.of("--seed", seed.toString()));
        if (label != null) args.addAll(List.of("--label", label));
        args.addAll(rest);
        return Main.run(spec.commandLine().getOut(), spec.commandLine().getErr(), args.toArray(String[]::new));
    }

    private Integer classAsked(SavedRun saved) {
        if (label == null) return null;
        try {
            return saved.classIndex(label);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--label: " + e.getMessage());
        }
    }
}
