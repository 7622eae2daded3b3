package io.gan4j.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * A hyperparameter sweep: every trial of a {@link SweepSpec} as an ordinary run folder under {@code trials/}, run as
 * Spark tasks (one trial each), then the results table (CSV and Parquet), a picture of the metric against each varied
 * key, and the best trial. Started again on the same folder, it skips the trials that finished and resumes the others.
 *
 * <p>The sweep folder holds: {@code sweep.yaml} (the sweep file, to refuse a different sweep in the same folder),
 * {@code trials/<name>/} (run folders), {@code results.csv}, {@code results.parquet/}, {@code results.png} and
 * {@code best.json}.
 */
public final class Sweep {
    public static final String SPEC = "sweep.yaml", CSV = "results.csv", PARQUET = "results.parquet", PICTURE = "results.png", BEST = "best.json";

    /** What a sweep found: every row, the best trial (null if none has a finite metric), the metric and the wall time. */
    public record Outcome(List<TrialResult> results, TrialResult best, String metric, double seconds) {}

    private Sweep() {}

    /**
     * @param specText the sweep file's text, kept in the folder
     * @param threads  engine threads per trial (0: the executor's default)
     */
    public static Outcome run(SparkSession spark, SweepSpec spec, String specText, SweepFolder folder, int threads, PrintWriter log) {
        long start = System.nanoTime();
        claim(folder, specText);
        TrialTask task = new TrialTask(ConfigLoader.toYaml(base(spec)), folder, threads);
        List<Trial> trials = SweepPlan.trials(spec);
        List<TrialResult> invalid = new ArrayList<>();
        List<Trial> valid = new ArrayList<>();
        for (Trial t : trials) {
            try {
                task.config(t);
                valid.add(t);
            } catch (ConfigException e) {
                invalid.add(TrialResult.failed(t, "invalid", e.getMessage(), ""));
                log.println("gan4j sweep: trial " + t.name() + " is not run: " + e.getMessage());
            }
        }
        log.printf(Locale.ROOT, "gan4j sweep: %d trials (%d points x %d seeds) into %s%n", trials.size(), spec.points(), spec.seeds().size(), folder);
        log.flush();
        List<TrialResult> results = new ArrayList<>(invalid);
        if (!valid.isEmpty()) results.addAll(runAll(spark, task, valid, log));
        results.sort(Comparator.comparingInt(r -> r.trial().index()));
        String metric = spec.metric() != null ? spec.metric() : headline(results);
        TrialResult best = best(results, metric, spec.minimize());
        write(spark, spec, folder, metric, results, best);
        return new Outcome(results, best, metric, (System.nanoTime() - start) / 1e9);
    }

    /** The base config with the sweep's fixed settings; an error names the sweep file. */
    static RunConfig base(SweepSpec spec) {
        List<String> set = new ArrayList<>();
        spec.set().forEach((k, v) -> set.add(k + "=" + v));
        try {
            if (spec.baseFile() != null) return ConfigLoader.file(spec.baseFile(), set);
            if (!ConfigLoader.isPreset(spec.base())) {
                throw new SweepException(spec.source() + ": base: no preset named '" + spec.base() + "' (presets: "
                        + String.join(", ", ConfigLoader.presetNames()) + "; or name a .yaml file)");
            }
            return ConfigLoader.preset(spec.base(), set);
        } catch (ConfigException e) {
            throw new SweepException(spec.source() + ": base and set: " + e.getMessage());
        }
    }

    /** A folder holds one sweep: the same file again resumes it, another is refused. */
    private static void claim(SweepFolder folder, String specText) {
        String earlier = folder.read(SPEC);
        if (earlier == null) folder.write(SPEC, specText);
        else if (!earlier.equals(specText)) {
            throw new SweepException(folder + " holds another sweep (its " + SPEC + " differs): name a new folder with --out, or delete that one");
        }
    }

    private static List<TrialResult> runAll(SparkSession spark, TrialTask task, List<Trial> trials, PrintWriter log) {
        AtomicInteger ended = new AtomicInteger();
        SparkListener progress = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd e) {
                log.printf(Locale.ROOT, "gan4j sweep: %d of %d trials ended%n", ended.incrementAndGet(), trials.size());
                log.flush();
            }
        };
        spark.sparkContext().addSparkListener(progress);
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            return sc.parallelize(trials, trials.size()).map(task::run).collect();
        } finally {
            spark.sparkContext().removeSparkListener(progress);
        }
    }

    /** Without a metric named, the one the runs' own evaluations went by (energy distance; FCD for images). */
    private static String headline(List<TrialResult> results) {
        return results.stream().map(TrialResult::bestMetric).filter(m -> m != null).findFirst().orElse("energy_distance");
    }

    /** The finished, not diverged trial with the best final value of the metric; null if none has one. */
    static TrialResult best(List<TrialResult> results, String metric, boolean minimize) {
        Comparator<TrialResult> byMetric = Comparator.comparingDouble(r -> r.metric(metric));
        return results.stream()
                .filter(r -> r.finished() && !r.status().equals("diverged") && r.metric(metric) != null && Double.isFinite(r.metric(metric)))
                .min(minimize ? byMetric : byMetric.reversed()).orElse(null);
    }

    private static void write(SparkSession spark, SweepSpec spec, SweepFolder folder, String metric, List<TrialResult> results, TrialResult best) {
        List<String> keys = spec.axes().stream().map(Axis::key).toList();
        ResultsTable table = new ResultsTable(keys, metric, results);
        folder.write(CSV, table.csv());
        table.dataset(spark).coalesce(1).write().mode("overwrite").parquet(folder.uri() + "/" + PARQUET);
        folder.write(PICTURE, SweepPicture.png(spec.axes(), metric, results, best));
        folder.write(BEST, bestJson(metric, spec.minimize(), best));
    }

    private static String bestJson(String metric, boolean minimize, TrialResult best) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("metric", metric);
        b.put("goal", minimize ? "min" : "max");
        if (best != null) {
            b.put("trial", best.trial().name());
            b.put("value", best.metric(metric));
            b.put("settings", best.trial().varied());
            b.put("seed", best.trial().seed());
            b.put("run_dir", best.runDir());
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(b) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
