package io.gan4j.io;

import io.gan4j.train.Outcome;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.metrics.Metrics;
import io.gan4j.train.metrics.MetricsListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes {@code metrics.json} at the end of training, whatever the outcome: the status and its
 * message, the final metrics (from a {@link MetricsListener} listed before this one; null after a
 * divergence), the best periodic evaluation, the problems found in words, and provenance — seed, iterations, wall time, speed,
 * Java, OS and gan4j versions.
 */
public final class MetricsFileListener implements TrainingListener {
    private final Path file;
    private final MetricsListener metrics;
    private final String version;
    private final Supplier<List<String>> diagnosis;
    private long startNanos;
    private int startIteration;

    /** @param diagnosis the problems found, in words, asked for at the end */
    public MetricsFileListener(Path file, MetricsListener metrics, Supplier<List<String>> diagnosis, String version) {
        this.file = file;
        this.metrics = metrics;
        this.diagnosis = diagnosis;
        this.version = version;
    }

    @Override
    public void onStart(TrainingContext context) {
        startNanos = System.nanoTime();
        startIteration = context.iteration();
    }

    @Override
    public void onEnd(TrainingContext context, Outcome outcome) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        int done = outcome.iterations() - startIteration;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        m.put("message", outcome.message());
        m.put("iterations", outcome.iterations());
        m.put("target_iterations", context.totalIterations());
        m.put("metrics", Json.finite(metrics.finalMetrics()));
        m.put("best", best(metrics.best()));
        m.put("diagnosis", outcome.networksUsable() ? diagnosis.get() : List.of());
        m.put("seed", context.seed());
        m.put("resumed_from", startIteration);
        m.put("wall_seconds", round(seconds));
        m.put("iterations_per_second", seconds > 0 ? round(done / seconds) : null);
        m.put("java", Runtime.version().toString());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("gan4j_version", version);
        try {
            Json.write(file, m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, Object> best(MetricsListener.Best best) {
        if (best == null) return null;
        Map<String, Object> b = new LinkedHashMap<>();
        b.put(best.metric(), Double.isFinite(best.value()) ? best.value() : null);
        b.put("iteration", best.iteration());
        return b;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
