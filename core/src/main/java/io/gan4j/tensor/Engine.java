package io.gan4j.tensor;

import io.gan4j.tensor.kernel.parallel.ElementRanges;
import io.gan4j.tensor.kernel.parallel.Parallel;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The engine's threads as the layers above the kernels use them: how many there are, tasks run on them, and
 * elementwise work over several arrays split between them. Results never depend on the thread count: every
 * task writes its own outputs, and an element's value does not depend on the range it comes in.
 */
public final class Engine {
    private Engine() {}

    /** Threads the kernels may use, the caller included. */
    public static int threads() {
        return Parallel.threads();
    }

    /** Sets the threads the kernels may use (at least 1); the command line's {@code --threads}. */
    public static void setThreads(int threads) {
        Parallel.setThreads(threads);
    }

    /** Runs {@code task.accept(i)} for i in [0, tasks) on the engine's threads, the caller's included; returns when all are done. */
    public static void run(int tasks, IntConsumer task) {
        Parallel.run(tasks, task);
    }

    /**
     * Runs {@code task.apply(i)} for i in [0, tasks) on the engine's threads and returns the results in task order.
     * A task's result must depend only on its index: when another program takes a core, a task stuck there is run
     * again on the caller and the first result wins; the other goes to {@code discard}, perhaps after this returns.
     */
    public static <T> List<T> runHedged(int tasks, IntFunction<T> task, Consumer<? super T> discard) {
        return Parallel.runHedged(tasks, task, discard);
    }

    /** How many tasks to cut {@code work} units into so each gets at least {@code minPerTask}: between 1 and {@link #threads()}. */
    public static int tasksFor(long work, long minPerTask) {
        return Parallel.chunksFor(work, minPerTask);
    }

    /** Elementwise work on elements [from, to) of array number {@code index}. */
    @FunctionalInterface
    public interface RangeWork {
        void apply(int index, int from, int to);
    }

    /**
     * Calls {@code work} on disjoint ranges that together cover [0, sizes[i]) of every array, as one job over the
     * engine's threads when there are at least {@code minPerThread} elements for each.
     */
    public static void forEachRange(int[] sizes, long minPerThread, RangeWork work) {
        ElementRanges.run(sizes, minPerThread, work::apply);
    }
}
