package io.gan4j.train.metrics;

import io.gan4j.data.FunctionTarget;
import io.gan4j.data.FunctionsData;
import io.gan4j.data.RingData;
import io.gan4j.loss.Bce;
import io.gan4j.train.GanFactory;
import io.gan4j.train.LossLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The problems GAN users meet, named in words from a run's figures and loss history: mode collapse (part of a
 * curve, some modes of the ring), a generator that has not learned the data, a discriminator that wins.
 * Each sentence gives the figure and its name for the problem; an empty list means none was found.
 */
public final class Diagnosis {
    /** Below this share of the x-range, or of the ring's modes, the generator has collapsed onto part of the data. */
    public static final double COVERAGE_FLOOR = 0.9;
    /** Above this mean residual (share of the y-range), the points are not on the curve. */
    public static final double RESIDUAL_CEILING = 0.05;
    /** Below this share of samples within 3σ of a ring mode, the points are spread between modes. */
    public static final double HIGH_QUALITY_FLOOR = 0.5;
    /** Below this share of conditional images in the class asked for, the generator does not follow its class. */
    public static final double AGREEMENT_FLOOR = 0.8;
    /** A BCE discriminator's mean D(fake) below this over the last stretch of training: it wins. */
    public static final double WINNING_D_FAKE = 0.05;
    /** The last stretch of training the loss checks read: this many iterations, or a fifth of the run if shorter. */
    public static final int WINDOW = 2_000;

    private Diagnosis() {}

    /** Sentences for the problems found, in a fixed order. */
    public static List<String> of(GanFactory.Setup setup, Map<String, Double> metrics, List<LossLog.Row> rows) {
        List<String> found = new ArrayList<>();
        if (setup.data() instanceof FunctionTarget) curve(metrics, found);
        if (setup.data() instanceof FunctionsData families && setup.gan().isConditional()) families(families, metrics, found);
        if (metrics.containsKey(ClassMetrics.AGREEMENT)) agreement(metrics, found);
        if (setup.data() instanceof RingData ring) ring(ring, metrics, found);
        if (metrics.containsKey("classes_covered")) classes(metrics, found);
        if (setup.gan().objective() instanceof Bce) winningDiscriminator(rows, found);
        return found;
    }

    private static void curve(Map<String, Double> m, List<String> found) {
        curve(m.get("x_coverage"), m.get("residual_share"), "", found);
    }

    /** The sentences for one curve's coverage and residual; {@code subject} names the curve when there are several. */
    private static void curve(Double coverage, Double residual, String subject, List<String> found) {
        if (coverage != null && coverage < COVERAGE_FLOOR) {
            found.add(subject + format("generated points reach %.0f%% of the x-range: mode collapse onto part of the curve", 100 * coverage));
        }
        if (residual != null && residual > RESIDUAL_CEILING) {
            found.add(subject + format("points lie %.1f%% of the y-range off the curve on average: the generator has not learned its shape",
                    100 * residual));
        }
    }

    /** A conditional run over function families: each family as a curve of its own. */
    private static void families(FunctionsData data, Map<String, Double> m, List<String> found) {
        for (String name : data.classNames()) {
            String key = ClassMetrics.key(name);
            curve(m.get("x_coverage." + key), m.get("residual_share." + key), "asked for '" + name + "': ", found);
        }
    }

    /** A conditional image run: how often the classifier sees the class that was asked for. */
    private static void agreement(Map<String, Double> m, List<String> found) {
        double agreement = m.get(ClassMetrics.AGREEMENT);
        if (agreement < AGREEMENT_FLOOR) {
            found.add(format("the classifier finds the class asked for in %.0f%% of generated images: the generator follows its class poorly",
                    100 * agreement));
        }
    }

    private static void ring(RingData ring, Map<String, Double> m, List<String> found) {
        Double captured = m.get("modes_captured"), quality = m.get("high_quality_share");
        if (captured != null && captured < ring.modes()) {
            found.add(format("the %d-Gaussian ring: %d of %d modes captured: mode collapse", ring.modes(), captured.intValue(), ring.modes()));
        }
        if (quality != null && quality < HIGH_QUALITY_FLOOR) {
            found.add(format("only %.0f%% of samples lie within 3σ of a mode: the generator spreads its points between modes",
                    100 * quality));
        }
    }

    /** Image runs: classes the project's classifier finds too few generated images of ({@link ImageQuality#COVERED_SHARE}). */
    private static void classes(Map<String, Double> m, List<String> found) {
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        m.forEach((key, share) -> {
            if (!key.startsWith("share_")) return;
            names.add(key.substring("share_".length()));
            shares.add(share);
        });
        found.addAll(ImageQuality.modeCollapse(names, shares.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static void winningDiscriminator(List<LossLog.Row> rows, List<String> found) {
        if (rows.size() < 5) return;
        int last = rows.get(rows.size() - 1).iteration();
        int window = Math.min(WINDOW, Math.max(1, last / 5));
        List<LossLog.Row> recent = rows.stream().filter(r -> r.iteration() > last - window).toList();
        if (recent.size() < 3) return;
        double fake = recent.stream().mapToDouble(r -> r.get("d_fake")).average().orElse(Double.NaN);
        if (fake < WINNING_D_FAKE) {
            found.add(format("D(fake) near 0 (mean %.3f) for the last %,d iterations: the discriminator wins, the generator gets no signal",
                    fake, window));
        }
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
