package io.gan4j.train.metrics;

import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How good generated images are, by the project's own Fashion-MNIST classifier: the Fréchet classifier distance
 * (FCD) between their features and the test set's, the classifier score ({@code exp E[KL(p(y|x) ‖ p(y))]}, from 1
 * for one class to 10 for confident images spread evenly over the ten), and the share of images in each class.
 *
 * @param classShares share of the images the classifier puts in each class (its most likely class)
 */
public record ImageQuality(double fcd, double score, double[] classShares) {
    /** A class counts as drawn when at least this share of the images falls in it (an even spread gives 10%). */
    public static final double COVERED_SHARE = 0.02;

    /** The classifier, and the feature statistics of the real images to compare with. */
    public record Reference(Classifier classifier, FeatureStats stats, List<String> classNames) {}

    public static ImageQuality measure(Reference reference, Tensor images) {
        return measure(reference, reference.classifier().outputs(images));
    }

    /** From the classifier's outputs on the images, when the caller needs them for more figures. */
    public static ImageQuality measure(Reference reference, Classifier.Outputs out) {
        double fcd = Frechet.distance(FeatureStats.of(out.features()), reference.stats());
        return new ImageQuality(fcd, score(out.probabilities()), shares(out.probabilities()));
    }

    /** exp of the mean KL divergence between each image's class distribution and their average. */
    static double score(Tensor probabilities) {
        int n = probabilities.dim(0), k = probabilities.dim(1);
        float[] p = probabilities.data();
        double[] marginal = new double[k];
        for (int i = 0; i < n; i++) for (int c = 0; c < k; c++) marginal[c] += p[i * k + c] / (double) n;
        double kl = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double q = p[i * k + c];
                if (q > 0 && marginal[c] > 0) kl += q * Math.log(q / marginal[c]);
            }
        }
        return Math.exp(kl / n);
    }

    private static double[] shares(Tensor probabilities) {
        int n = probabilities.dim(0);
        double[] shares = new double[probabilities.dim(1)];
        for (int best : predicted(probabilities)) shares[best] += 1.0 / n;
        return shares;
    }

    /** Each image's most likely class. */
    static int[] predicted(Tensor probabilities) {
        int n = probabilities.dim(0), k = probabilities.dim(1);
        float[] p = probabilities.data();
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) if (p[i * k + c] > p[i * k + best]) best = c;
            classes[i] = best;
        }
        return classes;
    }

    /** How many classes hold at least {@link #COVERED_SHARE} of the images. */
    public int classesCovered() {
        int covered = 0;
        for (double s : classShares) if (s >= COVERED_SHARE) covered++;
        return covered;
    }

    /** The figures by name, for metrics.json and the tables: fcd, classifier_score, classes_covered, then share_<class>. */
    public Map<String, Double> asMetrics(List<String> classNames) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("fcd", fcd);
        m.put("classifier_score", score);
        m.put("classes_covered", (double) classesCovered());
        for (int c = 0; c < classShares.length; c++) m.put("share_" + key(classNames.get(c)), classShares[c]);
        return m;
    }

    /** A class name as a metrics key: "T-shirt/top" is "t_shirt_top". */
    static String key(String className) {
        return className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** "generated images cover 6 of 10 classes: mode collapse", or nothing when every class is drawn. */
    public List<String> diagnosis(List<String> classNames) {
        return modeCollapse(classNames, classShares);
    }

    /** The rule behind {@link #diagnosis}: the classes under {@link #COVERED_SHARE} of the images, named, if any. */
    static List<String> modeCollapse(List<String> classNames, double[] shares) {
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < shares.length; c++) if (shares[c] < COVERED_SHARE) missing.add(classNames.get(c));
        if (missing.isEmpty()) return List.of();
        return List.of(String.format(Locale.ROOT, "generated images cover %d of %d classes (missing: %s): mode collapse",
                shares.length - missing.size(), shares.length, String.join(", ", missing)));
    }
}
