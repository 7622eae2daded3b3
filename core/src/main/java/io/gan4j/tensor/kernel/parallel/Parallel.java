package io.gan4j.tensor.kernel.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The engine's small fixed pool of worker threads, for splitting one kernel call into chunks.
 *
 * <p>{@link #run(int, IntConsumer)} runs chunks 0..n-1 and returns when all are done; the
 * calling thread works on chunks too, so a pool of T threads has T-1 workers. Workers spin
 * briefly after each job before sleeping, because kernels come back to back and waking a
 * sleeping thread costs more than a small GEMM.
 *
 * <p>Which thread runs which chunk is not fixed. Kernels stay deterministic by giving each
 * chunk a fixed, disjoint part of the output and computing every output element the same way
 * whatever the chunking: results are then bit-identical for any thread count.
 *
 * <p>The thread count defaults to the number of processors; {@link #setThreads(int)} changes it (the command
 * line's {@code --threads}). A call made while the pool
 * is busy (another caller, or a chunk calling {@code run} again) runs its chunks inline.
 */
public final class Parallel {
    private static final Object LOCK = new Object();
    private static volatile WorkerPool pool;

    private Parallel() {}

    /** The number of threads kernels may use (the caller included). */
    public static int threads() {
        return pool().threads();
    }

    /**
     * The threads a kernel called now would get: 1 while the pool is busy (the call then runs inline,
     * as inside a chunk of another job), else {@link #threads()}. Kernels cut their work for this count,
     * so that running inline does not pay for a split meant for several threads.
     */
    public static int threadsAvailable() {
        WorkerPool p = pool();
        return p.isBusy() ? 1 : p.threads();
    }

    /** Sets the number of threads kernels may use (the caller included); at least 1. */
    public static void setThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("Parallel.setThreads: threads must be >= 1, got " + threads);
        synchronized (LOCK) {
            WorkerPool old = pool;
            if (old != null && old.threads() == threads) return;
            pool = new WorkerPool(threads);
            if (old != null) old.shutdown();
        }
    }

    /**
     * How many chunks a job of {@code work} units should be split into, so that each chunk
     * gets at least {@code minWorkPerChunk} units: between 1 and {@link #threads()}.
     */
    public static int chunksFor(long work, long minWorkPerChunk) {
        long byWork = Math.max(1, work / Math.max(1, minWorkPerChunk));
        return (int) Math.min(threads(), byWork);
    }

    /**
     * Runs {@code body.accept(i)} for every i in [0, chunks) using the pool, the calling thread
     * included, and returns when all chunks are done. The first exception thrown by a chunk is
     * rethrown here (after every chunk has finished or failed).
     */
    public static void run(int chunks, IntConsumer body) {
        if (chunks < 0) throw new IllegalArgumentException("Parallel.run: chunks must be >= 0, got " + chunks);
        if (chunks == 0) return;
        if (chunks == 1 || !pool().tryRun(chunks, body)) {
            for (int i = 0; i < chunks; i++) body.accept(i);
        }
    }

    /**
     * Runs {@code task.apply(i)} for every i in [0, tasks) like {@link #run}, and returns the results in task order.
     * Each result must be a pure function of its index and of nothing the tasks change, because a task whose
     * thread is late (its core taken by another program) is run again by the caller and the first result wins;
     * a losing result is handed to {@code discard}, possibly after this call has returned. See {@link HedgedJob}.
     */
    public static <T> List<T> runHedged(int tasks, IntFunction<T> task, Consumer<? super T> discard) {
        if (tasks < 0) throw new IllegalArgumentException("Parallel.runHedged: tasks must be >= 0, got " + tasks);
        List<T> results = tasks > 1 ? pool().tryRunHedged(tasks, task, discard) : null;
        if (results != null) return results;
        List<T> inline = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) inline.add(HedgedJob.result(task, i));
        return inline;
    }

    private static WorkerPool pool() {
        WorkerPool p = pool;
        if (p != null) return p;
        synchronized (LOCK) {
            if (pool == null) pool = new WorkerPool(defaultThreads());
            return pool;
        }
    }

    private static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
