package io.gan4j.cli;

import io.gan4j.io.ModelFilesListener;
import io.gan4j.io.SamplesCsv;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.DataColumns;
import io.gan4j.train.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gan4j sample}: generated examples from a trained run, as CSV in the data's units. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate examples with a run's trained generator (or its latest checkpoint) and print them as CSV"
            + " in the data's units, or write them to a file. With the run's seed and -n equal to output.samples,"
            + " the rows equal those of the run's samples.csv file.")
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "The run folder.")
    Path run;

    @Option(names = "-n", required = true, paramLabel = "N", description = "How many examples.")
    int n;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV to this file (atomically) instead of standard output.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the latent noise (default: the run's seed).")
    Long seed;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "-n must be at least 1, got " + n);
        SavedRun saved = SavedRun.load(run);
        long s = seed != null ? seed : saved.setup().config().seed();
        Tensor rows = Samples.inDataUnits(saved.setup(), n, s, ModelFilesListener.SAMPLES_STREAM);
        var columns = DataColumns.of(saved.setup().data());
        if (out != null) {
            SamplesCsv.write(out, columns, rows);
            spec.commandLine().getErr().printf("wrote %d examples from %s (iteration %d) to %s%n", n, saved.source(), saved.iteration(), out);
        } else {
            PrintWriter w = spec.commandLine().getOut();
            SamplesCsv.print(w, columns, rows);
            w.flush();
        }
        return 0;
    }
}
