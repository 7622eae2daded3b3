package io.gan4j.tensor.kernel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks {@code 0 .. count-1} on up to {@code threads} threads (the caller plus pooled daemon helpers).
 * Which thread runs a task varies; callers make every task write its own outputs, so results do not.
 *
 * <p>A helper that has not started by the time the caller runs out of tasks is called off rather than waited
 * for, so a busy machine's scheduling delay costs nothing when the caller could do all the work itself.
 */
final class ParallelRange {
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "gan4j-kernel");
        t.setDaemon(true);
        return t;
    });

    private ParallelRange() {}

    static void run(int count, int threads, IntConsumer task) {
        int workers = Math.min(threads, count);
        if (workers <= 1) {
            for (int i = 0; i < count; i++) task.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) task.accept(i);
        };
        Future<?>[] helpers = new Future<?>[workers - 1];
        AtomicBoolean[] claimed = new AtomicBoolean[helpers.length];
        for (int h = 0; h < helpers.length; h++) {
            AtomicBoolean claim = claimed[h] = new AtomicBoolean();
            helpers[h] = HELPERS.submit(() -> {
                if (claim.compareAndSet(false, true)) worker.run();
            });
        }
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            next.set(count);
            failure = e;
        }
        for (int h = 0; h < helpers.length; h++) {
            if (!claimed[h].compareAndSet(false, true)) failure = awaitQuietly(helpers[h], failure);
        }
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
    }

    /** Waits for a helper even when interrupted (it is writing the caller's arrays), then restores the flag. */
    private static Throwable awaitQuietly(Future<?> helper, Throwable failure) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    helper.get();
                    return failure;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure == null) return e.getCause();
                    failure.addSuppressed(e.getCause());
                    return failure;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
