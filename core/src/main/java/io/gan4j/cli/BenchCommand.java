package io.gan4j.cli;

import picocli.CommandLine.Command;

/** Speed benchmarks of the engine's kernels. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchGemmCommand.class, BenchConvCommand.class}, description = "Measure kernel speed (GEMM, convolution).")
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "bench: name a benchmark: gemm or conv");
    }
}
