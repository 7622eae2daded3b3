package io.gan4j.viz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Draws and writes pictures on one background thread, in the order they were asked for, so that
 * charting, PNG and GIF encoding do not hold up training (they took a tenth of a quadratic run's
 * main thread while the engine left part of the second core idle). Whatever is handed over must
 * no longer change. The first failure is rethrown by {@link #check()} or {@link #finish()}.
 */
final class BackgroundWriter {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gan4j-pictures");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicLong latestRebuild = new AtomicLong();

    void submit(Runnable work) {
        check();
        executor.execute(() -> {
            if (failure.get() != null) return;
            try {
                work.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } catch (Error e) {
                failure.compareAndSet(null, new IllegalStateException("writing pictures failed: " + e, e));
            }
        });
    }

    /**
     * Work that redoes a whole file from everything written before it (the GIF): when a newer rebuild
     * is already queued, an older one is skipped, so a slow disk cannot pile up rebuilds.
     */
    void submitRebuild(Runnable rebuild) {
        long ticket = latestRebuild.incrementAndGet();
        submit(() -> {
            if (latestRebuild.get() == ticket) rebuild.run();
        });
    }

    /** Rethrows the first failure of earlier work, if any. */
    void check() {
        RuntimeException e = failure.get();
        if (e != null) throw e;
    }

    /** Waits until everything handed over so far is written (later work may be handed over after), then rethrows the first failure. */
    void awaitWritten() {
        if (executor.isShutdown()) {
            finish();
            return;
        }
        check();
        try {
            executor.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing pictures", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing pictures failed: " + e.getCause(), e.getCause());
        }
        check();
    }

    /** Waits for everything handed over, then rethrows the first failure. */
    void finish() {
        executor.shutdown();
        try {
            while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                // Encoding a long run's GIF can take a while; keep waiting.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing pictures", e);
        }
        check();
    }
}
