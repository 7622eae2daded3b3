package io.gan4j.bench;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.kernel.gemm.Gemm;
import io.gan4j.tensor.kernel.parallel.Parallel;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Measures {@link Gemm#sgemm} throughput on random matrices: a JIT warm-up, then timed runs, each
 * long enough to swamp the clock's resolution. GFLOP/s counts 2·m·n·k operations per call.
 */
public final class GemmBenchmark {
    public static final int DEFAULT_SIZE = 1024;
    public static final int DEFAULT_RUNS = 7;
    public static final long DEFAULT_WARMUP_MILLIS = 2000;
    public static final long DEFAULT_RUN_MILLIS = 300;
    private static final long SEED = 42;
    private static final long CALIBRATION_NANOS = 100_000_000L;
    private static final long STEADY_WINDOW_NANOS = 250_000_000L;
    private static final double STEADY_GAIN = 1.03;
    private static final int STEADY_WINDOWS = 3;
    private static final long MAX_EXTRA_WARMUP_NANOS = 10_000_000_000L;

    /** What to measure; threads is the {@link Parallel} thread count to use. */
    public record Config(int m, int k, int n, int threads, int runs, boolean transA, boolean transB,
                         long warmupMillis, long runMillis) {
        public Config {
            if (m < 1 || k < 1 || n < 1) throw new IllegalArgumentException("gemm benchmark: sizes must be >= 1, got " + m + "x" + k + "x" + n);
            if (threads < 1) throw new IllegalArgumentException("gemm benchmark: threads must be >= 1, got " + threads);
            if (runs < 1) throw new IllegalArgumentException("gemm benchmark: runs must be >= 1, got " + runs);
            if (warmupMillis < 0 || runMillis < 1) {
                throw new IllegalArgumentException("gemm benchmark: warm-up must be >= 0 ms and runs >= 1 ms, got " + warmupMillis + " and " + runMillis);
            }
        }

        public Config(int m, int k, int n, int threads, int runs, boolean transA, boolean transB) {
            this(m, k, n, threads, runs, transA, transB, DEFAULT_WARMUP_MILLIS, DEFAULT_RUN_MILLIS);
        }

        /** "MxKxN" as the sizes are usually quoted (m x k x n). */
        public String shape() {
            return m + "x" + k + "x" + n;
        }
    }

    /** GFLOP/s of each timed run, in run order. */
    public record Result(Config config, int callsPerRun, double[] gflops) {
        public double median() {
            double[] s = gflops.clone();
            Arrays.sort(s);
            int h = s.length / 2;
            return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
        }

        public double best() {
            return Arrays.stream(gflops).max().orElse(Double.NaN);
        }
    }

    private GemmBenchmark() {}

    /** Runs the benchmark, reporting progress lines to {@code log}; restores the thread count after. */
    public static Result run(Config config, Consumer<String> log) {
        int previousThreads = Parallel.threads();
        Parallel.setThreads(config.threads());
        try {
            return measure(config, log);
        } finally {
            Parallel.setThreads(previousThreads);
        }
    }

    private static Result measure(Config cfg, Consumer<String> log) {
        Operands x = new Operands(cfg);
        // The kernels run in the interpreter (very slowly) until C2 compiles them: a small
        // problem of the same kind gets them compiled before the real one is timed.
        Operands small = new Operands(smallVersion(cfg));
        long smallCalls = warmUp(small, cfg.warmupMillis() / 2);
        long warmupCalls = warmUp(x, cfg.warmupMillis() - cfg.warmupMillis() / 2);
        if (cfg.warmupMillis() > 0) warmupCalls += untilSteady(x);
        long callNanos = fastestCall(x);
        int calls = (int) Math.max(1, Math.min(Integer.MAX_VALUE, cfg.runMillis() * 1_000_000L / callNanos));
        log.accept(String.format("warm-up: %d calls of %s then %d of %s (until steady); %d calls per timed run",
                smallCalls, small.cfg.shape(), warmupCalls, cfg.shape(), calls));
        double flops = 2.0 * cfg.m() * cfg.n() * cfg.k() * calls;
        double[] gflops = new double[cfg.runs()];
        for (int r = 0; r < gflops.length; r++) {
            gflops[r] = flops / timeCalls(x, calls);
            log.accept(String.format("run %d: %.1f GFLOP/s", r + 1, gflops[r]));
        }
        return new Result(cfg, calls, gflops);
    }

    private static long warmUp(Operands x, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        long calls = 0;
        while (calls < 3 || System.nanoTime() < end) {
            x.call();
            calls++;
        }
        return calls;
    }

    /**
     * Goes on calling until {@link #STEADY_WINDOWS} windows in a row are no faster than the best
     * before them (the JIT has settled), for at most {@link #MAX_EXTRA_WARMUP_NANOS}; returns the calls made.
     */
    private static long untilSteady(Operands x) {
        long calls = 0, deadline = System.nanoTime() + MAX_EXTRA_WARMUP_NANOS;
        double best = 0;
        for (int flat = 0; flat < STEADY_WINDOWS && System.nanoTime() < deadline; ) {
            long t0 = System.nanoTime(), windowCalls = warmUp(x, STEADY_WINDOW_NANOS / 1_000_000L);
            double rate = windowCalls / (double) (System.nanoTime() - t0);
            calls += windowCalls;
            flat = rate <= best * STEADY_GAIN ? flat + 1 : 0;
            best = Math.max(best, rate);
        }
        return calls;
    }

    /**
     * Same transposes, at most 101×400×101: blocked in k like a large problem and with partial
     * row blocks and panels (so the real problem brings no unseen paths for the JIT), but quick.
     */
    private static Config smallVersion(Config cfg) {
        return new Config(Math.min(cfg.m(), 101), Math.min(cfg.k(), 400), Math.min(cfg.n(), 101), cfg.threads(), 1,
                cfg.transA(), cfg.transB(), 0, 1);
    }

    /** The fastest of a few calls (at least 3, for about 100 ms): a late JIT compile must not size the runs. */
    private static long fastestCall(Operands x) {
        long best = Long.MAX_VALUE, end = System.nanoTime() + CALIBRATION_NANOS;
        for (int i = 0; i < 3 || System.nanoTime() < end; i++) best = Math.min(best, timeCalls(x, 1));
        return Math.max(1, best);
    }

    private static long timeCalls(Operands x, int calls) {
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) x.call();
        return System.nanoTime() - t0;
    }

    /** Random A, B and C laid out for the configured transposes, densely packed. */
    private static final class Operands {
        private final Config cfg;
        private final float[] a, b, c;

        Operands(Config cfg) {
            this.cfg = cfg;
            Rng rng = new Rng(SEED);
            a = random(rng, cfg.m() * cfg.k());
            b = random(rng, cfg.k() * cfg.n());
            c = random(rng, cfg.m() * cfg.n());
        }

        void call() {
            int lda = cfg.transA() ? cfg.m() : cfg.k();
            int ldb = cfg.transB() ? cfg.k() : cfg.n();
            Gemm.sgemm(cfg.transA(), cfg.transB(), cfg.m(), cfg.n(), cfg.k(), 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, cfg.n());
        }

        private static float[] random(Rng rng, int size) {
            float[] x = new float[size];
            for (int i = 0; i < size; i++) x[i] = rng.nextFloat() * 2f - 1f;
            return x;
        }
    }
}
