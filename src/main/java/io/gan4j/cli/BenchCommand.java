package io.gan4j.cli;

import picocli.CommandLine.Command;

/** Speed benchmarks of the engine's kernels. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure kernel speed (GEMM, convolution).")
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("bench: not yet");
    }
}
