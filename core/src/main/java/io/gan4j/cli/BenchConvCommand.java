package io.gan4j.cli;

import io.gan4j.bench.ConvBenchmark;
import io.gan4j.bench.ConvBenchmark.Options;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan4j bench conv}: times the convolution kernels on the DCGAN layers; the measuring is in ConvBenchmark. */
@Command(name = "conv", mixinStandardHelpOptions = true,
        description = "Benchmark the convolution kernels on the DCGAN layer shapes (GFLOP/s, share of time outside GEMM).")
final class BenchConvCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--batch", description = "Images per batch (default ${DEFAULT-VALUE}).")
    int batch = Options.DEFAULTS.batch();

    @Option(names = "--threads", description = "Threads taking batch chunks (default ${DEFAULT-VALUE}); each GEMM uses the engine's threads (all processors) either way.")
    int threads = Options.DEFAULTS.threads();

    @Option(names = "--warmup", description = "Untimed runs per layer and direction (default ${DEFAULT-VALUE}).")
    int warmup = Options.DEFAULTS.warmup();

    @Option(names = "--runs", description = "Timed runs per layer and direction; the median is reported (default ${DEFAULT-VALUE}).")
    int runs = Options.DEFAULTS.runs();

    @Option(names = "--gemm-gflops", description = "GEMM rate for the projected conv rate (default ${DEFAULT-VALUE}).")
    double gemmGflops = Options.DEFAULTS.gemmGflops();

    @Override
    public void run() {
        Options options;
        try {
            options = new Options(batch, threads, warmup, runs, gemmGflops);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        List<ConvBenchmark.Measurement> results = ConvBenchmark.run(options, m -> System.out.println(ConvBenchmark.describe(m, options)));
        System.out.println(ConvBenchmark.summarize(results, options));
    }
}
