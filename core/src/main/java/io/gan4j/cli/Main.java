package io.gan4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** The gan4j command line: train, presets, sample, eval, serve, bench. */
@Command(name = "gan4j", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Train, watch and use GANs on a CPU, in pure Java.",
        subcommands = {TrainCommand.class, PresetsCommand.class, SampleCommand.class, EvalCommand.class, ClassifierCommand.class, ServeCommand.class,
            BenchCommand.class},
        footer = {"", "Exit codes: 0 success, 1 error, 2 bad usage."})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 error, 2 usage). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs with the given standard output and error, e.g. to capture them in tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line with its subcommands; another module adds its own, then calls {@link #reportErrors}. */
    public static CommandLine commandLine() {
        return reportErrors(new CommandLine(new Main()));
    }

    /** Errors as gan4j reports them (one line, exit 1; usage: the message and a hint, exit 2), for every subcommand. */
    public static CommandLine reportErrors(CommandLine cl) {
        cl.setExecutionExceptionHandler(Main::onError);
        cl.setParameterExceptionHandler(Main::onUsageError);
        return cl;
    }

    /** Any failure while running: one line on standard error, the stack trace only with --verbose. */
    private static int onError(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("gan4j: " + ErrorMessages.of(e));
        if (verbose(parsed)) e.printStackTrace(err);
        err.flush();
        return 1;
    }

    private static int onUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("gan4j: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(VerboseOption.NAME)) return true;
        }
        return false;
    }
}
