package io.gan4j.cli;

import io.gan4j.data.Labelled;
import io.gan4j.io.ModelFilesListener;
import io.gan4j.io.Npy;
import io.gan4j.io.SamplesCsv;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.DataColumns;
import io.gan4j.train.Samples;
import io.gan4j.viz.GridStyle;
import io.gan4j.viz.ImageGrid;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
            + " in the data's units, or write them to a file; images go to a grid (.png), an array (.npy) or a folder. With the run's seed and -n equal to output.samples,"
            + " the rows equal those of the run's samples.csv file.")
final class SampleCommand implements Callable<Integer> {
    static final String PARQUET = ".parquet";

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "The run folder.")
    Path run;

    @Option(names = "-n", required = true, paramLabel = "N", description = "How many examples.")
    int n;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file (atomically) instead of standard output: FILE.csv for points; for images FILE.png (a grid),"
                + " FILE.npy (float32 [N, C, H, W] in [-1, 1]) or a folder (one PNG per image); DIR.parquet: Parquet partitions made on Spark"
                + " (embedded, or a cluster with --master URL).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the latent noise (default: the run's seed).")
    Long seed;

    @Option(names = "--label", paramLabel = "NAME|INDEX",
            description = "A conditional run: the class to draw, by name or index (default: every class in turn; CSV gains a label column).")
    String label;

    @Mixin
    ThreadsOption threads;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), "-n must be at least 1, got " + n);
        if (out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(PARQUET)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + ": Parquet output is bulk sampling on Spark, in gan4j's spark module; run it through the ./gan4j launcher,"
                        + " which builds that module the first time");
        }
        if (out != null) Files.createDirectories(out.toAbsolutePath().getParent());
        SavedRun saved = SavedRun.load(run);
        saved.skipped().forEach(s -> spec.commandLine().getErr().println("gan4j: skipped " + s));
        long s = seed != null ? seed : saved.setup().config().seed();
        Integer asked = classAsked(saved);
        if (saved.setup().config().data().holdsImages()) return images(saved, s, asked);
        boolean conditional = saved.setup().gan().isConditional();
        Labelled drawn = conditional ? Samples.labelled(saved.setup(), n, asked, s, Samples.STREAM) : null;
        Tensor rows = conditional ? drawn.examples() : Samples.inDataUnits(saved.setup(), n, s, Samples.STREAM);
        List<String> labels = conditional ? ModelFilesListener.names(drawn.labels(), saved.setup().gan().classNames()) : null;
        var columns = DataColumns.of(saved.setup().data());
        if (out != null) {
            SamplesCsv.write(out, columns, rows, labels);
            spec.commandLine().getErr().printf("wrote %d examples from %s (iteration %d) to %s%n", n, saved.source(), saved.iteration(), out);
        } else {
            PrintWriter w = spec.commandLine().getOut();
            SamplesCsv.print(w, columns, rows, labels);
            w.flush();
        }
        return 0;
    }

    /** --label as a class index, or null without one; a usage error naming the classes otherwise. */
    private Integer classAsked(SavedRun saved) {
        if (label == null) return null;
        try {
            return saved.classIndex(label);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--label: " + e.getMessage());
        }
    }

    private int[] imageShape(SavedRun saved) {
        int[] example = saved.setup().data().exampleShape(), shape = new int[example.length + 1];
        shape[0] = n;
        System.arraycopy(example, 0, shape, 1, example.length);
        return shape;
    }

    /** Images go to a file or folder: a grid for .png, an array for .npy, one PNG per image for a folder. */
    private int images(SavedRun saved, long s, Integer asked) throws IOException {
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "this run makes images: name --out FILE.png (a grid), FILE.npy (an array) or a folder (one PNG per image)");
        }
        Tensor images = asked == null ? Samples.examples(saved.setup(), n, s, Samples.STREAM)
                : Samples.labelled(saved.setup(), n, asked, s, Samples.STREAM).examples().reshape(imageShape(saved));
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            ImageGrid.writePng(images, GridStyle.DEFAULT, out);
        } else if (name.endsWith(".npy")) {
            Npy.write(out, images);
        } else {
            ImageGrid.writeEach(images, out);
        }
        spec.commandLine().getErr().printf("wrote %d images from %s (iteration %d) to %s%n", n, saved.source(), saved.iteration(), out);
        return 0;
    }
}
