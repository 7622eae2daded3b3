package io.gan4j.train;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import java.util.List;
import java.util.Map;

/**
 * Runs a GAN for a number of iterations and tells listeners. Iteration i draws all its
 * randomness from {@code Rng.at(seed, "train", i)}, so the same seed gives the same run bit
 * for bit, and a run resumed at iteration i continues exactly as if never stopped.
 *
 * <p>A NaN or infinite loss or parameter stops training at once: the outcome names the
 * iteration and the figure, and no later state overwrites the last good checkpoint.
 */
public final class Trainer {
    private final Gan gan;
    private final long seed;
    private final int iterations;
    private final List<TrainingListener> listeners;
    private final Map<String, Variable> generatorParameters;
    private final Map<String, Variable> discriminatorParameters;

    public Trainer(Gan gan, long seed, int iterations, List<TrainingListener> listeners) {
        if (iterations < 0) throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        this.gan = gan;
        this.seed = seed;
        this.iterations = iterations;
        this.listeners = List.copyOf(listeners);
        this.generatorParameters = gan.generator().namedParameters();
        this.discriminatorParameters = gan.discriminator().namedParameters();
    }

    public Outcome run() {
        return runFrom(0);
    }

    /** Continues from {@code done} completed iterations (after the state was restored). */
    public Outcome runFrom(int done) {
        TrainingContext context = new TrainingContext(gan, seed, done, iterations);
        context.onSave(() -> listeners.forEach(l -> l.onSave(context)));
        listeners.forEach(l -> l.onStart(context));
        Outcome outcome;
        try {
            outcome = loop(context);
        } catch (RuntimeException | Error e) {
            endAfterFailure(context, e);
            throw e;
        }
        listeners.forEach(l -> l.onEnd(context, outcome));
        return outcome;
    }

    /**
     * Tells every listener that training failed, so logs, metrics and queued pictures are written (nothing
     * is saved from the networks, which may be half-updated); their own failures are added to {@code e}.
     */
    private void endAfterFailure(TrainingContext context, Throwable e) {
        Outcome failed = new Outcome(Outcome.Status.FAILED, context.iteration(),
                "training failed after " + context.iteration() + " iterations: " + e);
        for (TrainingListener l : listeners) {
            try {
                l.onEnd(context, failed);
            } catch (RuntimeException | Error suppressed) {
                // A listener may rethrow the very failure (a picture writer reporting its own error again).
                if (suppressed != e) e.addSuppressed(suppressed);
            }
        }
    }

    private Outcome loop(TrainingContext context) {
        while (context.iteration() < iterations) {
            listeners.forEach(l -> l.beforeStep(context));
            // A stop asked for before the step (the dashboard's stop while paused) takes no further step.
            if (context.stopReason() != null) {
                return new Outcome(Outcome.Status.STOPPED_EARLY, context.iteration(), context.stopReason());
            }
            StepResult result = gan.step(Rng.at(seed, "train", context.iteration()));
            String bad = divergence(result);
            if (bad != null) {
                return new Outcome(Outcome.Status.DIVERGED, context.iteration(),
                        "training diverged at iteration " + (context.iteration() + 1) + ": " + bad);
            }
            context.advance();
            listeners.forEach(l -> l.afterStep(context, result));
            if (context.stopReason() != null) {
                return new Outcome(Outcome.Status.STOPPED_EARLY, context.iteration(), context.stopReason());
            }
        }
        return new Outcome(Outcome.Status.COMPLETED, context.iteration(), "completed " + context.iteration() + " iterations");
    }

    private String divergence(StepResult r) {
        String figure = r.firstNonFinite();
        if (figure != null) return figure + " is " + r.named().get(figure);
        String param = firstNonFiniteParameter("generator", generatorParameters);
        return param != null ? param : firstNonFiniteParameter("discriminator", discriminatorParameters);
    }

    private static String firstNonFiniteParameter(String network, Map<String, Variable> params) {
        for (var e : params.entrySet()) {
            if (e.getValue().value().hasNonFinite()) return network + " parameter '" + e.getKey() + "' is not finite";
        }
        return null;
    }
}
