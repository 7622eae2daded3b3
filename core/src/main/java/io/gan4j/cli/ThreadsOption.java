package io.gan4j.cli;

import io.gan4j.tensor.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --threads N}: the engine's thread count (default: every processor). The one way to set it; results are
 * the same bits for any count.
 */
final class ThreadsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the engine (default: all processors); the results do not depend on it.")
    void threads(int n) {
        if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
        Engine.setThreads(n);
    }
}
