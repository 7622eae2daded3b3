package io.gan4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gan4j.cli.Runs;
import io.gan4j.tensor.Engine;
import io.gan4j.train.RunFolder;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one trial where Spark puts it (a task on any executor): an ordinary run folder in the sweep folder, trained as
 * {@code gan4j train} would, resumed if an earlier start of the sweep left it unfinished, left alone if it finished.
 * The row comes from the run's metrics.json. A trial that throws is a row with status {@code failed}, not the end of
 * the sweep.
 */
public final class TrialTask implements Serializable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseYaml;
    private final SweepFolder folder;
    private final int threads;

    /**
     * @param baseYaml the base config with the sweep's fixed settings, resolved once by the driver
     * @param threads  the engine's threads in each trial (0: leave the executor's setting)
     */
    public TrialTask(String baseYaml, SweepFolder folder, int threads) {
        this.baseYaml = baseYaml;
        this.folder = folder;
        this.threads = threads;
    }

    /** The trial's config; a bad value is a {@link io.gan4j.train.config.ConfigException} naming the trial. */
    public RunConfig config(Trial trial) {
        return ConfigLoader.fromYaml("trial " + trial.name(), baseYaml, trial.overrides());
    }

    public TrialResult run(Trial trial) {
        String location = folder.trialLocation(trial.name());
        try {
            TrialResult earlier = result(trial, true);
            if (earlier != null && earlier.finished()) return earlier;
            if (threads > 0) Engine.setThreads(threads);
            Path dir = folder.local() ? folder.localPath().resolve(SweepFolder.TRIALS).resolve(trial.name())
                    : Files.createTempDirectory("gan4j-trial-").resolve(trial.name());
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            if (Files.isRegularFile(dir.resolve(RunFolder.CONFIG))) Runs.resume(dir, quiet);
            else Runs.train(config(trial), dir, quiet);
            if (!folder.local()) folder.upload(dir, trial.name());
            TrialResult r = result(trial, false);
            return r != null ? r : TrialResult.failed(trial, "failed", "the run wrote no " + RunFolder.METRICS, location);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return TrialResult.failed(trial, "failed", message(e), location);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The row of the trial's metrics.json, or null when the run has none yet. */
    TrialResult result(Trial trial, boolean reused) throws IOException {
        String text = folder.read(SweepFolder.TRIALS + "/" + trial.name() + "/" + RunFolder.METRICS);
        if (text == null) return null;
        JsonNode m = JSON.readTree(text);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            metrics.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asDouble() : null);
        }
        JsonNode best = m.path("best");
        Double bestValue = null;
        Integer bestIteration = null;
        String bestMetric = null;
        for (Iterator<String> it = best.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equals("iteration")) bestIteration = best.get(f).asInt();
            else {
                bestMetric = f;
                bestValue = best.get(f).isNumber() ? best.get(f).asDouble() : null;
            }
        }
        if (bestMetric != null) metrics.putIfAbsent(bestMetric, null);
        return new TrialResult(trial, m.path("status").asText("failed"), m.path("message").asText(""), m.path("iterations").asInt(), metrics,
                bestValue, bestIteration, number(m.path("iterations_per_second")), number(m.path("wall_seconds")),
                folder.trialLocation(trial.name()), reused, bestMetric);
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }
}
