package io.gan4j.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces on errors, and more detail where a command has it. */
final class VerboseOption {
    static final String NAME = "--verbose";

    @Option(names = {"-v", NAME}, description = "Print stack traces on errors and more detail.")
    boolean verbose;
}
