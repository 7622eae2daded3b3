package io.gan4j.tensor.kernel.parallel;

import java.util.function.IntConsumer;

/**
 * Runs tasks {@code 0 .. count-1}, on the engine's pool ({@link Parallel}) when {@code threads}
 * allows more than one, else in order on the caller. Which thread runs a task varies; callers
 * make every task write its own outputs, so results do not. Kernels called from inside a task
 * (a conv chunk's GEMM) find the pool busy and run inline, so the cores are never oversubscribed.
 */
public final class ParallelRange {
    private ParallelRange() {}

    public static void run(int count, int threads, IntConsumer task) {
        if (Math.min(threads, count) <= 1) {
            for (int i = 0; i < count; i++) task.accept(i);
        } else {
            Parallel.run(count, task);
        }
    }
}
