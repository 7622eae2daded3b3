package io.gan4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
    /** Settings that make a quadratic run take seconds: small networks, small batches, frequent outputs. */
    static final List<String> TINY = List.of(
            "--set", "train.iterations=60", "--set", "generator.hidden=16,16", "--set", "discriminator.hidden=16,16",
            "--set", "train.batchSize=32", "--set", "output.logEvery=5", "--set", "output.plotEvery=20",
            "--set", "output.frameEvery=10", "--set", "output.checkpointEvery=30", "--set", "output.evalEvery=20",
            "--set", "output.samples=400");

    static Cli run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** {@code gan4j train quadratic <TINY> <extra...> --out <parent>}. */
    static Cli trainTiny(Path parent, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "quadratic"));
        args.addAll(TINY);
        args.addAll(List.of(extra));
        args.addAll(List.of("--out", parent.toString()));
        return run(args.toArray(String[]::new));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    String lastOutLine() {
        List<String> lines = outLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** The folder named by the last line, "run folder: <path>". */
    Path runFolder() {
        String last = lastOutLine();
        if (!last.startsWith("run folder: ")) throw new AssertionError("last line does not name the run folder: '" + last + "'\n" + out + err);
        return Path.of(last.substring("run folder: ".length()));
    }
}
