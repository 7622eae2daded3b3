package io.gan4j.train;

import java.util.Locale;

/** Stops training once it has run for a number of seconds (train.seconds): the run ends as stopped early, its files complete. */
public final class TimeLimitListener implements TrainingListener {
    private final double seconds;
    private long start;

    public TimeLimitListener(double seconds) {
        if (!(seconds > 0)) throw new IllegalArgumentException("seconds must be positive, got " + seconds);
        this.seconds = seconds;
    }

    @Override
    public void onStart(TrainingContext context) {
        start = System.nanoTime();
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        if ((System.nanoTime() - start) / 1e9 >= seconds) {
            context.requestStop(String.format(Locale.ROOT, "stopped after %s seconds (train.seconds) at iteration %,d",
                    stripped(seconds), context.iteration()));
        }
    }

    private static String stripped(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
