package io.gan4j.cli;

import picocli.CommandLine.Command;

@Command(name = "gemm", mixinStandardHelpOptions = true, description = "Benchmark gemm.")
final class BenchGemmCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("bench gemm: not yet");
    }
}
