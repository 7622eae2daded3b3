package io.gan4j.io;

import io.gan4j.train.LossLog;
import io.gan4j.train.Outcome;
import io.gan4j.train.StepResult;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Keeps {@code losses.csv} up to date with a {@link LossLog} (listed before this listener): the
 * whole file is rewritten atomically, so it is never seen half-written. A rewrite costs the whole
 * file, so new rows are written at most once a second, and always when training ends; and a long run,
 * whose file takes long to write, waits {@value #WAIT_PER_WRITE_TIME} times the last write's time
 * between writes, so the writes never cost more than a few percent of training.
 */
public final class LossCsvListener implements TrainingListener {
    private static final long MIN_NANOS_BETWEEN_WRITES = 1_000_000_000L;
    private static final int WAIT_PER_WRITE_TIME = 50;
    private final Path file;
    private final LossLog log;
    private long lastWriteNanos, nanosBetweenWrites = MIN_NANOS_BETWEEN_WRITES;

    public LossCsvListener(Path file, LossLog log) {
        this.file = file;
        this.log = log;
    }

    @Override
    public void onStart(TrainingContext context) {
        write();
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        if (log.loggedAt(context.iteration()) && System.nanoTime() - lastWriteNanos >= nanosBetweenWrites) write();
    }

    @Override
    public void onEnd(TrainingContext context, Outcome outcome) {
        write();
    }

    private void write() {
        long start = System.nanoTime();
        try {
            LossCsv.write(file, log.columns(), log.rows());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        lastWriteNanos = System.nanoTime();
        nanosBetweenWrites = Math.max(MIN_NANOS_BETWEEN_WRITES, WAIT_PER_WRITE_TIME * (lastWriteNanos - start));
    }
}
