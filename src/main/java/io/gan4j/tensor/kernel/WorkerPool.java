package io.gan4j.tensor.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/** The threads behind {@link Parallel}: T-1 daemon workers that share one job at a time with the caller. */
final class WorkerPool {
    /** How long an idle worker spins before sleeping; kernels arrive back to back, and waking costs tens of µs. */
    private static final long SPIN_NANOS = 100_000;
    private static final int SPINS_PER_CLOCK_CHECK = 64;

    private final int threads;
    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Job current = Job.NONE;
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

    /** Runs the job with the workers' help, or returns false (running nothing) if the pool is busy or has no workers. */
    boolean tryRun(int chunks, IntConsumer body) {
        if (workers.length == 0 || !busy.compareAndSet(false, true)) return false;
        try {
            Job job = new Job(chunks, body, Thread.currentThread());
            current = job;
            for (Worker w : workers) w.wake();
            job.work();
            job.awaitDone(SPIN_NANOS);
            job.release();
            job.rethrow();
        } finally {
            busy.set(false);
        }
        return true;
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
            Job last = Job.NONE;
            for (Job job = awaitJob(last); job != null; job = awaitJob(last)) {
                last = job;
                job.work();
            }
        }

        void wake() {
            if (sleeping) LockSupport.unpark(thread);
        }

        private Job awaitJob(Job last) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (true) {
                for (int s = 0; s < SPINS_PER_CLOCK_CHECK; s++) {
                    Job j = current;
                    if (j != last) return j;
                    Thread.onSpinWait();
                }
                if (stopped) return null;
                if (System.nanoTime() - spinUntil > 0) {
                    sleeping = true;
                    if (current == last && !stopped) LockSupport.park(this);
                    sleeping = false;
                    spinUntil = System.nanoTime() + SPIN_NANOS;
                }
            }
        }
    }

    /** One call's chunks, claimed one at a time by whichever thread is free. */
    static final class Job {
        static final Job NONE = new Job(0, i -> {}, null);

        private final int chunks;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger remaining;
        private volatile Throwable failure;
        private IntConsumer body;

        Job(int chunks, IntConsumer body, Thread caller) {
            this.chunks = chunks;
            this.body = body;
            this.caller = caller;
            this.remaining = new AtomicInteger(chunks);
        }

        void work() {
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

        void awaitDone(long spinNanos) {
            long spinUntil = System.nanoTime() + spinNanos;
            while (remaining.get() > 0) {
                if (System.nanoTime() - spinUntil < 0) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }

        /** Drops the body so a finished job does not keep the caller's arrays alive. */
        void release() {
            body = null;
        }

        void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException e) throw e;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException("parallel chunk failed", t);
        }
    }
}
