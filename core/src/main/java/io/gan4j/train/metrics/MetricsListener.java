package io.gan4j.train.metrics;

import io.gan4j.train.GanFactory;
import io.gan4j.train.ListenerState;
import io.gan4j.train.Outcome;
import io.gan4j.train.StepResult;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the {@link Metrics} every {@code every} iterations and once at the end (unless the
 * run diverged). With {@code patience > 0} it stops training early when the headline figure (energy distance, FCD for images) has
 * not improved for {@code patience} evaluations in a row. The best value and the count since are
 * checkpoint state, so early stopping behaves the same after a resume.
 */
public final class MetricsListener implements TrainingListener, ListenerState {
    private final GanFactory.Setup setup;
    private final int every;
    private final int samples;
    private final int patience;
    private final ImageQuality.Reference images;
    private final String headline;
    private Map<String, Double> latest;
    private int latestIteration = -1;
    private Map<String, Double> finalMetrics;
    private double best = Double.POSITIVE_INFINITY;
    private int bestIteration = -1;
    private int sinceBest;

    /** @param images the classifier that measures images (null for 2-D data) */
    public MetricsListener(GanFactory.Setup setup, int every, int samples, int patience, ImageQuality.Reference images) {
        this.setup = setup;
        this.every = every;
        this.samples = samples;
        this.patience = patience;
        this.images = images;
        this.headline = Metrics.headline(setup);
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        if (every == 0 || context.iteration() % every != 0) return;
        evaluate(context);
        double value = latest.get(headline);
        if (value < best) {
            best = value;
            bestIteration = context.iteration();
            sinceBest = 0;
        } else {
            sinceBest++;
        }
        if (patience > 0 && sinceBest >= patience) {
            context.requestStop(String.format(Locale.ROOT, "stopped early at iteration %d: the %s has not improved for %d evaluations"
                    + " (best %.4g at iteration %d)", context.iteration(), headline.replace('_', ' '), sinceBest, best, bestIteration));
        }
    }

    @Override
    public void onEnd(TrainingContext context, Outcome outcome) {
        if (!outcome.networksUsable()) return;
        if (latestIteration != context.iteration()) evaluate(context);
        finalMetrics = latest;
    }

    private void evaluate(TrainingContext context) {
        latest = Metrics.evaluate(setup, samples, context.seed(), images);
        latestIteration = context.iteration();
    }

    /** The metrics at the end of training; null before the end or after a divergence. */
    public Map<String, Double> finalMetrics() {
        return finalMetrics;
    }

    /** The newest evaluation (during training), or null. */
    public Map<String, Double> latest() {
        return latest;
    }

    /** The lowest headline figure ({@link Metrics#headline}) a periodic evaluation found, and where. */
    public record Best(String metric, double value, int iteration) {}

    /** The best periodic evaluation so far, or null when none ran. */
    public Best best() {
        return bestIteration < 0 ? null : new Best(headline, best, bestIteration);
    }

    @Override
    public String stateName() {
        return "metrics";
    }

    @Override
    public Map<String, String> saveState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("best", Double.toString(best));
        s.put("bestIteration", Integer.toString(bestIteration));
        s.put("sinceBest", Integer.toString(sinceBest));
        return s;
    }

    @Override
    public void restoreState(Map<String, String> state) {
        if (state.isEmpty()) return;
        best = Double.parseDouble(state.getOrDefault("best", "Infinity"));
        bestIteration = Integer.parseInt(state.getOrDefault("bestIteration", "-1"));
        sinceBest = Integer.parseInt(state.getOrDefault("sinceBest", "0"));
    }
}
