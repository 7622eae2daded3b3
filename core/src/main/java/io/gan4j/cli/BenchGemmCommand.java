package io.gan4j.cli;

import io.gan4j.bench.GemmBenchmark;
import io.gan4j.bench.GemmBenchmark.Config;
import io.gan4j.bench.GemmBenchmark.Result;
import io.gan4j.tensor.Engine;
import jdk.incubator.vector.FloatVector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan4j bench gemm}: sgemm throughput; the last line is the median in GFLOP/s. */
@Command(name = "gemm", mixinStandardHelpOptions = true,
        description = "Benchmark sgemm (C = A*B, m x k times k x n); the last line gives the median GFLOP/s.")
final class BenchGemmCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--m", defaultValue = "" + GemmBenchmark.DEFAULT_SIZE, description = "Rows of op(A) and C (default: ${DEFAULT-VALUE}).")
    int m;

    @Option(names = "--k", defaultValue = "" + GemmBenchmark.DEFAULT_SIZE, description = "Columns of op(A), rows of op(B) (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--n", defaultValue = "" + GemmBenchmark.DEFAULT_SIZE, description = "Columns of op(B) and C (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--threads", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = "--runs", defaultValue = "" + GemmBenchmark.DEFAULT_RUNS, description = "Timed runs after the warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup-ms", defaultValue = "" + GemmBenchmark.DEFAULT_WARMUP_MILLIS,
            description = "JIT warm-up before the timed runs, in ms (default: ${DEFAULT-VALUE}).")
    long warmupMillis;

    @Option(names = "--trans-a", description = "Use A stored transposed (k x m).")
    boolean transA;

    @Option(names = "--trans-b", description = "Use B stored transposed (n x k).")
    boolean transB;

    @Override
    public void run() {
        int t = threads != null ? threads : Engine.threads();
        Config config = config(t);
        System.out.printf("gemm %s%s%s, %d threads, %d-bit vectors, Java %s%n", config.shape(),
                transA ? " transA" : "", transB ? " transB" : "", t, FloatVector.SPECIES_PREFERRED.vectorBitSize(), Runtime.version());
        Result result = GemmBenchmark.run(config, System.out::println);
        System.out.printf("best %.1f GFLOP/s, median %.1f GFLOP/s over %d runs%n", result.best(), result.median(), runs);
        System.out.printf("gemm %s threads=%d: %.1f GFLOP/s%n", config.shape(), t, result.median());
    }

    private Config config(int t) {
        try {
            return new Config(m, k, n, t, runs, transA, transB, warmupMillis, GemmBenchmark.DEFAULT_RUN_MILLIS);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
