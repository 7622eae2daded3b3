package io.gan4j.tensor.kernel.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Tasks whose result depends only on their index, shared by the caller and the workers, where the caller runs a
 * task again when the thread that took it is late, and the first result wins (a "backup task", as MapReduce
 * runs for stragglers). On a machine shared with other programs a worker can lose its core for milliseconds in
 * the middle of a task; without a backup the caller would wait that long, with one it waits about half a task.
 *
 * <p>A losing result is handed to {@code discard}. The pool stays busy until every run has ended, so while a late
 * worker finishes a task nobody needs, the caller's next jobs run inline rather than wait for that worker again.
 */
final class HedgedJob<T> implements WorkerPool.Job {
    /** A task is late when it has run this much longer than the caller's own tasks took, on average. */
    private static final double PATIENCE = 1.5;
    private static final long MIN_PATIENCE_NANOS = 20_000;
    /** Patience when the caller ran no task of its own to measure. */
    private static final long DEFAULT_PATIENCE_NANOS = 1_000_000;

    private record Failure(Throwable cause) {}

    private final int tasks;
    private final IntFunction<T> body;
    private final Consumer<? super T> discard;
    private final Thread caller;
    private final AtomicBoolean poolBusy;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray startedAt;
    private final AtomicReferenceArray<Object> results;
    private final AtomicInteger finished = new AtomicInteger();
    /** Threads inside this job, the caller included; the last to leave frees the pool. */
    private final AtomicInteger inside = new AtomicInteger(1);
    private final AtomicBoolean released = new AtomicBoolean();
    private long callerNanos;
    private int callerTasks;

    HedgedJob(int tasks, IntFunction<T> body, Consumer<? super T> discard, AtomicBoolean poolBusy) {
        this.tasks = tasks;
        this.body = body;
        this.discard = discard;
        this.poolBusy = poolBusy;
        this.caller = Thread.currentThread();
        this.startedAt = new AtomicLongArray(tasks);
        this.results = new AtomicReferenceArray<>(tasks);
    }

    /** A worker's part: tasks nobody has taken yet. */
    @Override
    public void work() {
        inside.incrementAndGet();
        try {
            takeTasks(false);
        } finally {
            leave();
        }
    }

    /** The caller's part: tasks nobody has taken, then late tasks again; the results in task order. */
    List<T> runAsCaller() {
        try {
            takeTasks(true);
            awaitOrBackUp();
            return results();
        } finally {
            leave();
        }
    }

    private void takeTasks(boolean timed) {
        for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
            long start = System.nanoTime();
            startedAt.set(i, start);
            run(i);
            if (timed) {
                callerNanos += System.nanoTime() - start;
                callerTasks++;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void run(int i) {
        Object result;
        try {
            result = result(body, i);
        } catch (Throwable t) {
            result = new Failure(t);
        }
        if (results.compareAndSet(i, null, result)) {
            if (finished.incrementAndGet() == tasks && Thread.currentThread() != caller) LockSupport.unpark(caller);
        } else if (!(result instanceof Failure)) {
            discard.accept((T) result);
        }
    }

    /** Task i's result; a task must return one, wherever it runs. */
    static <T> T result(IntFunction<T> body, int i) {
        return Objects.requireNonNull(body.apply(i), "a hedged task returned null");
    }

    private void awaitOrBackUp() {
        long patience = callerTasks == 0 ? DEFAULT_PATIENCE_NANOS
                : Math.max(MIN_PATIENCE_NANOS, (long) (PATIENCE * callerNanos / callerTasks));
        long waitStart = System.nanoTime();
        while (finished.get() < tasks) {
            long now = System.nanoTime(), deadline = Long.MAX_VALUE;
            for (int i = 0; i < tasks; i++) {
                if (results.get(i) != null) continue;
                long started = startedAt.get(i);
                // Taken a moment ago and not yet stamped: not late.
                long due = (started == 0 ? now : started) + patience;
                if (now - due >= 0) {
                    run(i);
                    deadline = Long.MIN_VALUE;
                    break;
                }
                deadline = Math.min(deadline, due);
            }
            // Spins, then yields, as the pool's threads wait; then sleeps until the next task is late.
            if (deadline != Long.MIN_VALUE && !WorkerPool.idle(waitStart)) LockSupport.parkNanos(this, deadline - now);
        }
    }

    @SuppressWarnings("unchecked")
    private List<T> results() {
        List<T> out = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            Object r = results.get(i);
            if (r instanceof Failure f) WorkerPool.rethrow(f.cause());
            out.add((T) r);
        }
        return out;
    }

    private void leave() {
        if (inside.decrementAndGet() == 0 && released.compareAndSet(false, true)) poolBusy.set(false);
    }
}
