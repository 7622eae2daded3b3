package io.gan4j.spark.cli;

import io.gan4j.cli.Main;
import picocli.CommandLine;

/**
 * The gan4j command line with Spark: every command of the core, plus {@code sweep}, and {@code sample} writing Parquet.
 * The launcher runs this jar for those commands only, so the core stays lean.
 */
public final class SparkMain {
    private SparkMain() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = Main.commandLine();
        cl.getCommandSpec().removeSubcommand("sample");
        cl.addSubcommand(new SampleParquetCommand());
        cl.addSubcommand(new SweepCommand());
        return Main.reportErrors(cl);
    }
}
