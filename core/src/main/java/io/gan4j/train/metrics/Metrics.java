package io.gan4j.train.metrics;

import io.gan4j.data.FunctionTarget;
import io.gan4j.data.FunctionsData;
import io.gan4j.data.RingData;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.GanFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How good a generator is, in the data's own units. For every kind of data: the energy distance
 * between generated examples and as many held-out real ones. For a function target y = f(x): the
 * mean residual as a share of the y-range and the x-coverage ({@link FunctionFit}). For the ring
 * of Gaussians: modes captured and the share of high-quality samples ({@link ModeCoverage}).
 *
 * <p>Samples come from fixed streams {@code Rng.at(seed, "eval", k)}, so the same generator gets
 * the same figures during training, at its end and from {@code gan4j eval}.
 */
public final class Metrics {
    public static final String ENERGY_DISTANCE = "energy_distance";
    /** The energy distance is quadratic in the sample size; beyond this many examples it uses the first ones. */
    public static final int MAX_ENERGY_SAMPLES = 5_000;

    private Metrics() {}

    /** The FCD, the measure of image runs (see {@link ImageQuality}). */
    public static final String FCD = "fcd";

    /** The figure a run's best evaluation and early stopping go by: the FCD for Fashion-MNIST-sized images, else the energy distance. */
    public static String headline(GanFactory.Setup setup) {
        return fitsClassifier(setup) ? FCD : ENERGY_DISTANCE;
    }

    /** Grey 28×28 images, what the classifier of the FCD reads; other data is measured by the energy distance. */
    public static boolean fitsClassifier(GanFactory.Setup setup) {
        return Arrays.equals(setup.data().exampleShape(), new int[] {1, 28, 28});
    }

    /**
     * The metrics by name, in a fixed order; NaN when the generator's output is not finite. Grey 28×28 images are
     * measured by the classifier of {@code images} ({@link ImageQuality}); other data needs none (null).
     */
    public static Map<String, Double> evaluate(GanFactory.Setup setup, int samples, long seed, ImageQuality.Reference images) {
        if (fitsClassifier(setup)) return imageMetrics(setup, samples, seed, images);
        int n = samples, d = setup.data().dim();
        Tensor real = setup.data().sample(n, Rng.at(seed, "eval", 0)).reshape(n, d);
        Tensor generated = setup.toData(setup.gan().sample(n, Rng.at(seed, "eval", 1)).reshape(n, d));
        Map<String, Double> m = new LinkedHashMap<>();
        if (setup.data() instanceof FunctionsData families && setup.gan().isConditional()) m.putAll(ClassMetrics.functions(setup, families, n, seed));
        if (setup.data() instanceof FunctionTarget f) {
            FunctionFit fit = FunctionFit.of(f.function(), f.xMin(), f.xMax(), real, generated);
            m.put("residual_share", fit.residualShare());
            m.put("x_coverage", fit.xCoverage());
        }
        if (setup.data() instanceof RingData ring) {
            ModeCoverage c = ModeCoverage.of(ring.modeCentres(), ring.sigma(), generated);
            m.put("modes_captured", (double) c.modesCaptured());
            m.put("high_quality_share", c.highQualityShare());
        }
        m.put(ENERGY_DISTANCE, energyDistance(real, generated));
        if (generated.hasNonFinite()) m.replaceAll((k, v) -> Double.NaN);
        return m;
    }

    private static Map<String, Double> imageMetrics(GanFactory.Setup setup, int n, long seed, ImageQuality.Reference reference) {
        if (reference == null) throw new IllegalArgumentException("image metrics need the classifier (ImageQuality.Reference)");
        // A conditional generator is asked for every class in turn, so its classes are measured evenly.
        int[] asked = setup.gan().isConditional() ? ClassMetrics.balanced(n, setup.gan().classNames().size()) : null;
        Tensor generated = setup.toData(asked != null ? setup.gan().sample(asked, Rng.at(seed, "eval", 1)) : setup.gan().sample(n, Rng.at(seed, "eval", 1)));
        Classifier.Outputs outputs = reference.classifier().outputs(generated);
        Map<String, Double> m = new LinkedHashMap<>();
        if (asked != null) {
            m.putAll(ClassMetrics.agreement(outputs, asked, setup.gan().classNames()));
            List<FeatureStats> real = ClassMetrics.testFeaturesByClass(reference.classifier(), setup.config().data().imageFolder());
            m.putAll(ClassMetrics.fcdPerClass(outputs, asked, real, setup.gan().classNames()));
        }
        m.putAll(ImageQuality.measure(reference, outputs).asMetrics(reference.classNames()));
        if (generated.hasNonFinite()) m.replaceAll((k, v) -> Double.NaN);
        return m;
    }

    private static double energyDistance(Tensor real, Tensor generated) {
        int n = Math.min(real.dim(0), MAX_ENERGY_SAMPLES), d = real.dim(1);
        return EnergyDistance.between(firstRows(real, n, d), firstRows(generated, n, d));
    }

    private static Tensor firstRows(Tensor t, int n, int d) {
        if (t.dim(0) == n) return t;
        float[] rows = new float[n * d];
        System.arraycopy(t.data(), 0, rows, 0, rows.length);
        return Tensor.of(rows, n, d);
    }
}
