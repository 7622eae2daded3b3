package io.gan4j.cli;

import io.gan4j.data.FashionMnist;
import io.gan4j.data.ImageData;
import io.gan4j.io.ClassifierFile;
import io.gan4j.train.metrics.Calibration;
import io.gan4j.train.metrics.Classifier;
import io.gan4j.train.metrics.ClassifierTraining;
import io.gan4j.train.metrics.FeatureStats;
import io.gan4j.train.metrics.ImageQuality;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gan4j classifier}: trains the Fashion-MNIST classifier behind the Fréchet classifier distance. */
@Command(name = "classifier", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the small convolutional Fashion-MNIST classifier whose features the Fréchet classifier distance"
            + " (FCD) compares, measure its test accuracy, and write it with the test set's feature statistics to a"
            + " safetensors file (gan4j ships one: src/main/resources" + ClassifierFile.RESOURCE + ").")
final class ClassifierCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.safetensors", description = "Train a classifier and write it here.")
    Path out;

    @Option(names = "--calibrate", description = "Instead of training, print what the shipped classifier's measures say of image sets"
            + " of known quality (real, noisy, blurred, half the classes).")
    boolean calibrate;

    @Option(names = "--images", paramLabel = "N", description = "Images per set for --calibrate (default: ${DEFAULT-VALUE}).")
    int images = 10_000;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the Fashion-MNIST IDX files (default: ${DEFAULT-VALUE}).")
    Path data = FashionMnist.DEBIAN_DIR;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the 60,000 training images (default: ${DEFAULT-VALUE}).")
    int epochs = 3;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the weights and the shuffles (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    ThreadsOption threads;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        if (calibrate == (out != null)) throw new CommandLine.ParameterException(spec.commandLine(), "give --out FILE or --calibrate");
        if (calibrate) return calibrate();
        if (epochs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--epochs must be at least 1, got " + epochs);
        Files.createDirectories(out.toAbsolutePath().getParent());
        PrintWriter w = spec.commandLine().getOut();
        ImageData train = FashionMnist.load(data, FashionMnist.Split.TRAIN, false);
        ImageData test = FashionMnist.load(data, FashionMnist.Split.TEST, false);
        long start = System.nanoTime();
        Classifier classifier = ClassifierTraining.train(train, epochs, seed, epoch -> {
            w.printf(Locale.ROOT, "epoch %d/%d done after %.0f s%n", epoch, epochs, (System.nanoTime() - start) / 1e9);
            w.flush();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double accuracy = ClassifierTraining.accuracy(classifier, test);
        FeatureStats stats = FeatureStats.of(classifier.outputs(test.images()).features());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("test_accuracy", String.format(Locale.ROOT, "%.4f", accuracy));
        meta.put("epochs", Integer.toString(epochs));
        meta.put("seed", Long.toString(seed));
        meta.put("training_seconds", String.format(Locale.ROOT, "%.1f", seconds));
        ClassifierFile.write(out, classifier, stats, meta);
        w.printf(Locale.ROOT, "test accuracy %.2f%% after %d epochs (%.0f s); wrote %s%n", 100 * accuracy, epochs, seconds, out);
        return 0;
    }

    private int calibrate() {
        if (images < 2) throw new CommandLine.ParameterException(spec.commandLine(), "--images must be at least 2, got " + images);
        ImageQuality.Reference reference = ClassifierFile.builtIn();
        ImageData train = FashionMnist.load(data, FashionMnist.Split.TRAIN, false), test = FashionMnist.load(data, FashionMnist.Split.TEST, false);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "| %,d images | FCD | classifier score | classes covered | diagnosis |%n|---|---|---|---|---|%n", images);
        Calibration.measure(reference, train, test, images, seed).forEach((name, q) -> w.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d | %s |%n",
                name, q.fcd(), q.score(), q.classesCovered(), String.join("; ", q.diagnosis(reference.classNames()))));
        w.flush();
        return 0;
    }
}
