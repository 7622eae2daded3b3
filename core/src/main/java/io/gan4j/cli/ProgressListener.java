package io.gan4j.cli;

import io.gan4j.train.LossLog;
import io.gan4j.train.Outcome;
import io.gan4j.train.StepResult;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows training progress: on a terminal a live progress bar (speed, ETA, current losses) on
 * standard error; otherwise (a pipe, a log file, a test) a plain line every tenth of the run.
 */
abstract class ProgressListener implements TrainingListener {
    protected final LossLog log;
    protected StepResult last;

    ProgressListener(LossLog log) {
        this.log = log;
    }

    static ProgressListener forConsole(PrintWriter out, LossLog log) {
        var console = System.console();
        return console != null && console.isTerminal() ? new Bar(System.err, log) : new Lines(out, log);
    }

    /** "D loss 1.386, G loss 0.693", from the newest averaged row, else the last step. */
    protected String losses() {
        LossLog.Row row = log.last();
        double d = row != null ? row.get("d_loss") : last != null ? last.dLoss() : Double.NaN;
        double g = row != null ? row.get("g_loss") : last != null ? last.gLoss() : Double.NaN;
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "D loss %.3f, G loss %.3f", d, g);
    }

    /** The progress bar; redrawn by its own thread, fed the iteration and losses each step. */
    static final class Bar extends ProgressListener {
        private static final int REDRAW_MS = 250;
        private final PrintStream stream;
        private ProgressBar bar;
        /** When the losses shown next to the bar are next refreshed: formatting them every step would be wasted. */
        private long nextMessageNanos;

        Bar(PrintStream stream, LossLog log) {
            super(log);
            this.stream = stream;
        }

        @Override
        public void onStart(TrainingContext context) {
            bar = new ProgressBarBuilder().setTaskName("train").setInitialMax(context.totalIterations())
                    .startsFrom(context.iteration(), Duration.ZERO).setUnit(" it", 1).showSpeed(new DecimalFormat("#,##0.0"))
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(REDRAW_MS).setConsumer(new ConsoleProgressBarConsumer(stream))
                    .build();
            nextMessageNanos = System.nanoTime();
        }

        @Override
        public void afterStep(TrainingContext context, StepResult result) {
            last = result;
            bar.stepTo(context.iteration());
            long now = System.nanoTime();
            if (now - nextMessageNanos >= 0) {
                bar.setExtraMessage(" " + losses());
                nextMessageNanos = now + REDRAW_MS * 1_000_000L;
            }
        }

        @Override
        public void onEnd(TrainingContext context, Outcome outcome) {
            bar.setExtraMessage(" " + losses());
            bar.close();
        }
    }

    /** Plain lines for logs: one every tenth of the run, with speed and the estimated time left. */
    static final class Lines extends ProgressListener {
        private final PrintWriter out;
        private long startNanos;
        private int startIteration;
        private int every;

        Lines(PrintWriter out, LossLog log) {
            super(log);
            this.out = out;
        }

        @Override
        public void onStart(TrainingContext context) {
            startNanos = System.nanoTime();
            startIteration = context.iteration();
            every = Math.max(1, (context.totalIterations() + 9) / 10);
        }

        @Override
        public void afterStep(TrainingContext context, StepResult result) {
            last = result;
            int i = context.iteration(), total = context.totalIterations();
            if (i % every != 0 && i != total) return;
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double speed = seconds > 0 ? (i - startIteration) / seconds : 0;
            String eta = speed > 0 ? ", ETA " + Describe.duration((total - i) / speed) : "";
            out.printf(Locale.ROOT, "iteration %,d/%,d (%d%%): %s, %.1f it/s%s%n", i, total, (int) (100L * i / Math.max(1, total)),
                    losses(), speed, eta);
            out.flush();
        }
    }
}
