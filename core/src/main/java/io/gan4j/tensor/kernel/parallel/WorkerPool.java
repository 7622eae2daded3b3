package io.gan4j.tensor.kernel.parallel;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The threads behind {@link Parallel}: T-1 daemon workers that share one job at a time with the caller.
 *
 * <p>A waiting thread (an idle worker, or the caller waiting for the last chunk) first spins, then
 * yields the processor, then sleeps. Kernels arrive back to back and waking a sleeping thread costs
 * tens of µs, so sleeping comes last; yielding before it matters when the machine is shared and
 * both threads land on one core, where a spinning waiter would hold up the very thread it waits for.
 */
final class WorkerPool {
    private static final long SPIN_NANOS = 10_000;
    private static final long YIELD_NANOS = 200_000;

    private final int threads;
    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Job current = SplitJob.NONE;
    private volatile boolean stopped;

    WorkerPool(int threads) {
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker();
            Thread t = new Thread(workers[i], "gan4j-worker-" + (i + 1));
            t.setDaemon(true);
            workers[i].thread = t;
            t.start();
        }
    }

    int threads() {
        return threads;
    }

    boolean isBusy() {
        return busy.get();
    }

    /** Runs the job with the workers' help, or returns false (running nothing) if the pool is busy or has no workers. */
    boolean tryRun(int chunks, IntConsumer body) {
        if (workers.length == 0 || !busy.compareAndSet(false, true)) return false;
        try {
            SplitJob job = new SplitJob(chunks, body, Thread.currentThread());
            current = job;
            for (Worker w : workers) w.wake();
            job.work();
            job.awaitDone();
            job.release();
            rethrow(job.failure);
        } finally {
            busy.set(false);
        }
        return true;
    }

    /**
     * Runs hedged tasks (see {@link HedgedJob}) with the workers' help and returns their results, or null (running
     * nothing) if the pool is busy or has no workers. The pool stays busy until a late worker's run has ended.
     */
    <T> List<T> tryRunHedged(int tasks, IntFunction<T> body, Consumer<? super T> discard) {
        if (workers.length == 0 || !busy.compareAndSet(false, true)) return null;
        HedgedJob<T> job = new HedgedJob<>(tasks, body, discard, busy);
        current = job;
        for (Worker w : workers) w.wake();
        return job.runAsCaller();
    }

    /** Throws a job's first failure (if any) in the caller, unchecked exceptions and errors as they are. */
    static void rethrow(Throwable t) {
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException("parallel chunk failed", t);
    }

    /** One step of a wait begun at {@code start}: a spin, later a yield; false once it is time to sleep. */
    static boolean idle(long start) {
        long waited = System.nanoTime() - start;
        if (waited < SPIN_NANOS) {
            Thread.onSpinWait();
            return true;
        }
        if (waited < YIELD_NANOS) {
            Thread.yield();
            return true;
        }
        return false;
    }

    void shutdown() {
        stopped = true;
        for (Worker w : workers) LockSupport.unpark(w.thread);
    }

    private final class Worker implements Runnable {
        private volatile boolean sleeping;
        private Thread thread;

        @Override
        public void run() {
            Job last = SplitJob.NONE;
            for (Job job = awaitJob(last); job != null; job = awaitJob(last)) {
                last = job;
                job.work();
            }
        }

        void wake() {
            if (sleeping) LockSupport.unpark(thread);
        }

        private Job awaitJob(Job last) {
            long start = System.nanoTime();
            while (true) {
                Job j = current;
                if (j != last) return j;
                if (stopped) return null;
                if (!idle(start)) {
                    sleeping = true;
                    if (current == last && !stopped) LockSupport.park(this);
                    sleeping = false;
                    start = System.nanoTime();
                }
            }
        }
    }

    /** What the workers take part in: one call's work, shared with its caller. */
    interface Job {
        /** Takes part: runs whatever of the job is still to do. */
        void work();
    }

    /** One call's chunks, claimed one at a time by whichever thread is free. */
    static final class SplitJob implements Job {
        static final SplitJob NONE = new SplitJob(0, i -> {}, null);

        private final int chunks;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger remaining;
        private volatile Throwable failure;
        private IntConsumer body;

        SplitJob(int chunks, IntConsumer body, Thread caller) {
            this.chunks = chunks;
            this.body = body;
            this.caller = caller;
            this.remaining = new AtomicInteger(chunks);
        }

        @Override
        public void work() {
            for (int i = next.getAndIncrement(); i < chunks; i = next.getAndIncrement()) {
                try {
                    body.accept(i);
                } catch (Throwable t) {
                    if (failure == null) failure = t;
                } finally {
                    if (remaining.decrementAndGet() == 0 && Thread.currentThread() != caller) LockSupport.unpark(caller);
                }
            }
        }

        void awaitDone() {
            long start = System.nanoTime();
            while (remaining.get() > 0) {
                if (!idle(start)) LockSupport.park(this);
            }
        }

        /** Drops the body so a finished job does not keep the caller's arrays alive. */
        void release() {
            body = null;
        }

    }
}
