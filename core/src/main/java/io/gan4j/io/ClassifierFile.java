package io.gan4j.io;

import io.gan4j.data.FashionMnist;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.metrics.Classifier;
import io.gan4j.train.metrics.FeatureStats;
import io.gan4j.train.metrics.ImageQuality;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Fashion-MNIST classifier of the Fréchet classifier distance as a safetensors file: its weights, and the
 * feature statistics of the 10,000 test images under {@code stats.mean} and {@code stats.covariance}; the metadata
 * records its test accuracy and how it was trained. gan4j ships one ({@link #builtIn()}); {@code gan4j classifier}
 * rebuilds it.
 */
public final class ClassifierFile {
    public static final String RESOURCE = "/io/gan4j/classifier/fashion-classifier.safetensors";
    private static final String MEAN = "stats.mean", COVARIANCE = "stats.covariance", COUNT = "stats_count";
    private static ImageQuality.Reference builtIn;

    private ClassifierFile() {}

    public static void write(Path file, Classifier classifier, FeatureStats stats, Map<String, String> metadata) throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>(classifier.stateDict());
        tensors.put(MEAN, stats.meanTensor());
        tensors.put(COVARIANCE, stats.covarianceTensor());
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put(COUNT, Integer.toString(stats.count()));
        SafeTensors.write(file, tensors, meta);
    }

    public static ImageQuality.Reference read(Path file) throws IOException {
        return reference(SafeTensors.read(file), file.toString());
    }

    /** The classifier shipped with gan4j, read once. */
    public static synchronized ImageQuality.Reference builtIn() {
        if (builtIn != null) return builtIn;
        try (InputStream in = ClassifierFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the built-in classifier is missing from the jar: " + RESOURCE);
            builtIn = reference(SafeTensors.fromBytes(RESOURCE, in.readAllBytes()), RESOURCE);
            return builtIn;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in classifier " + RESOURCE, e);
        }
    }

    private static ImageQuality.Reference reference(SafeTensorsFile file, String source) {
        Map<String, Tensor> tensors = new LinkedHashMap<>(file.tensors());
        Tensor mean = tensors.remove(MEAN), covariance = tensors.remove(COVARIANCE);
        if (mean == null || covariance == null) throw new IllegalArgumentException(source + ": no feature statistics (" + MEAN + ", " + COVARIANCE + ")");
        Classifier classifier = new Classifier(new Rng(0));
        classifier.loadStateDict(tensors);
        classifier.eval();
        int count = Integer.parseInt(file.metadata().getOrDefault(COUNT, "0"));
        return new ImageQuality.Reference(classifier, FeatureStats.of(mean, covariance, count), FashionMnist.CLASS_NAMES);
    }
}
