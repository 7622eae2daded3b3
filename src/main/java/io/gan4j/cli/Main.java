package io.gan4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gan4j command line: train, sample, eval, serve, bench. */
@Command(name = "gan4j", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Train, watch and use GANs on a CPU, in pure Java.",
        subcommands = {BenchCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 error, 2 usage). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
