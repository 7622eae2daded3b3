package io.gan4j.train.metrics;

import io.gan4j.data.FashionMnist;
import io.gan4j.data.FunctionTarget;
import io.gan4j.data.FunctionsData;
import io.gan4j.data.ImageData;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.GanFactory;
import io.gan4j.train.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A conditional GAN measured class by class: asked for class k, does it draw class k? For function families, each
 * family's residual and x-coverage ({@link FunctionFit}) on points asked for it, with the worst family's as
 * {@code residual_share} and {@code x_coverage}; for images, the share of images the classifier puts in the class they
 * were asked for ({@code class_agreement}, overall and per class).
 */
public final class ClassMetrics {
    public static final String AGREEMENT = "class_agreement";
    /** Test-set features by class, per data folder: computed once per process. */
    private static final Map<Path, List<FeatureStats>> TEST_STATS = new ConcurrentHashMap<>();

    private ClassMetrics() {}

    /** Labels 0, 1, ..., K−1, 0, 1, ...: n requests spread evenly over the classes. */
    public static int[] balanced(int n, int classes) {
        return Samples.asked(n, classes, null);
    }

    /** Per family: points asked for it against the family's own curve. */
    static Map<String, Double> functions(GanFactory.Setup setup, FunctionsData data, int samples, long seed) {
        List<String> names = data.classNames();
        int perClass = Math.max(1, samples / names.size());
        Map<String, Double> perFamily = new LinkedHashMap<>();
        double worstResidual = 0, worstCoverage = 1;
        for (int k = 0; k < names.size(); k++) {
            FunctionTarget target = data.target(k);
            Tensor real = target.sample(perClass, Rng.at(seed, "eval-class", 2 * k));
            int[] asked = Samples.asked(perClass, names.size(), k);
            Tensor generated = setup.toData(setup.gan().sample(asked, Rng.at(seed, "eval-class", 2 * k + 1)).reshape(perClass, 2));
            FunctionFit fit = FunctionFit.of(target.function(), target.xMin(), target.xMax(), real, generated);
            perFamily.put("residual_share." + key(names.get(k)), fit.residualShare());
            perFamily.put("x_coverage." + key(names.get(k)), fit.xCoverage());
            worstResidual = Math.max(worstResidual, nanIsWorst(fit.residualShare(), Double.POSITIVE_INFINITY));
            worstCoverage = Math.min(worstCoverage, nanIsWorst(fit.xCoverage(), 0));
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("residual_share", worstResidual);
        m.put("x_coverage", worstCoverage);
        m.putAll(perFamily);
        return m;
    }

    /** The share of images whose most likely class (by the classifier) is the one asked for, overall and per class. */
    static Map<String, Double> agreement(Classifier.Outputs outputs, int[] asked, List<String> classNames) {
        int[] predicted = ImageQuality.predicted(outputs.probabilities());
        int[] hits = new int[classNames.size()], counts = new int[classNames.size()];
        int total = 0;
        for (int i = 0; i < asked.length; i++) {
            counts[asked[i]]++;
            if (predicted[i] == asked[i]) {
                hits[asked[i]]++;
                total++;
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(AGREEMENT, total / (double) asked.length);
        for (int c = 0; c < classNames.size(); c++) m.put(AGREEMENT + "." + key(classNames.get(c)), counts[c] == 0 ? Double.NaN : hits[c] / (double) counts[c]);
        return m;
    }

    /**
     * The FCD of each class: the features of the images asked for class c against those of the test images of class c
     * ({@link #testFeaturesByClass}), as {@code fcd.<class>}.
     */
    static Map<String, Double> fcdPerClass(Classifier.Outputs generated, int[] asked, List<FeatureStats> realByClass, List<String> classNames) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int c = 0; c < classNames.size(); c++) {
            Tensor mine = rowsOf(generated.features(), asked, c);
            m.put("fcd." + key(classNames.get(c)), mine.dim(0) < 2 ? Double.NaN : Frechet.distance(FeatureStats.of(mine), realByClass.get(c)));
        }
        return m;
    }

    /** The classifier's feature statistics of a labelled image set (the test set), class by class; computed once per folder. */
    static List<FeatureStats> testFeaturesByClass(Classifier classifier, Path folder) {
        return TEST_STATS.computeIfAbsent(folder, f -> {
            ImageData test = FashionMnist.load(f, FashionMnist.Split.TEST, false);
            Tensor features = classifier.outputs(test.images()).features();
            int[] labels = test.labels();
            List<FeatureStats> stats = new ArrayList<>();
            for (int c = 0; c < test.classNames().size(); c++) stats.add(FeatureStats.of(rowsOf(features, labels, c)));
            return List.copyOf(stats);
        });
    }

    private static Tensor rowsOf(Tensor rows, int[] labels, int c) {
        int d = rows.dim(1), n = 0;
        for (int l : labels) if (l == c) n++;
        float[] out = new float[n * d];
        for (int i = 0, k = 0; i < labels.length; i++) {
            if (labels[i] == c) System.arraycopy(rows.data(), i * d, out, d * k++, d);
        }
        return Tensor.of(out, n, d);
    }

    private static double nanIsWorst(double v, double worst) {
        return Double.isNaN(v) ? worst : v;
    }

    static String key(String className) {
        return ImageQuality.key(className);
    }
}
