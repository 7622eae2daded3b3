package io.gan4j.cli;

import io.gan4j.train.StepResult;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during training: instead of dying mid-iteration, the run stops after the current
 * iteration and writes its end-of-run files (checkpoint, networks, samples, metrics) like an early
 * stop, so {@code gan4j train --resume} continues from exactly there. The JVM's shutdown hook waits
 * for that (at most {@value #GRACE_SECONDS} s; every file is atomic, so a cut-off write leaves the
 * old file), then the process ends with the usual status for an interrupt.
 */
final class Interruption implements TrainingListener, AutoCloseable {
    static final int GRACE_SECONDS = 60;

    private final Path runDir;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "gan4j-interrupt");
    private volatile boolean requested;
    private boolean installed;

    Interruption(Path runDir) {
        this.runDir = runDir;
    }

    /** Starts catching Ctrl-C (and other termination signals). */
    Interruption install() {
        Runtime.getRuntime().addShutdownHook(hook);
        installed = true;
        return this;
    }

    /** What the shutdown hook does; tests call it to simulate Ctrl-C. */
    void request() {
        requested = true;
    }

    private void onSignal() {
        request();
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void afterStep(TrainingContext context, StepResult result) {
        if (requested) {
            context.requestStop("interrupted at iteration " + context.iteration() + "; continue with: gan4j train --resume " + runDir);
        }
    }

    /** Training and its report are done: let a waiting shutdown go on, or stop catching signals. */
    @Override
    public void close() {
        finished.countDown();
        if (!installed) return;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and now returns
        }
    }
}
