package io.gan4j.cli;

import picocli.CommandLine.Command;

@Command(name = "conv", mixinStandardHelpOptions = true, description = "Benchmark conv.")
final class BenchConvCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("bench conv: not yet");
    }
}
