package io.gan4j.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of the results table: the trial, how it ended ({@code completed}, {@code stopped_early}, {@code diverged},
 * {@code failed}, {@code invalid}), its final metrics and its best periodic value of the sweep's metric.
 *
 * @param reused     whether a run of an earlier start of the sweep had finished it already
 * @param bestMetric the metric the run's periodic evaluations went by (its headline), or null
 */
public record TrialResult(Trial trial, String status, String message, int iterations, Map<String, Double> metrics, Double best,
                          Integer bestIteration, Double itPerSec, Double wallSeconds, String runDir, boolean reused,
                          String bestMetric) implements Serializable {
    public TrialResult {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public static TrialResult failed(Trial trial, String status, String message, String runDir) {
        return new TrialResult(trial, status, message, 0, Map.of(), null, null, null, null, runDir, false, null);
    }

    /** Whether a run ended by itself (finished, stopped early, or diverged): a restarted sweep does not run it again. */
    public boolean finished() {
        return status.equals("completed") || status.equals("stopped_early") || status.equals("diverged");
    }

    /** The final value of a metric, or null. */
    public Double metric(String name) {
        return metrics.get(name);
    }
}
