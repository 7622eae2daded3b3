package io.gan4j.cli;

import io.gan4j.train.GanFactory;
import io.gan4j.train.config.NetworkConfig;
import io.gan4j.train.config.OptimizerConfig;
import io.gan4j.train.config.RunConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The short texts train, eval and sample print about a run. */
final class Describe {
    private Describe() {}

    /** "MLP 5 → 128 → 128 → 2, leaky_relu: 17,410 parameters". */
    static String network(NetworkConfig n, int in, int out, int featureLayer, long parameters) {
        List<String> widths = new ArrayList<>();
        widths.add(Integer.toString(in));
        n.hidden().forEach(h -> widths.add(Integer.toString(h)));
        if (featureLayer > 0) widths.add(Integer.toString(featureLayer));
        widths.add(Integer.toString(out));
        String extras = (n.batchNorm() ? ", batch norm" : "") + (n.spectralNorm() ? ", spectral norm" : "")
                + (n.output().equals("none") ? "" : ", " + n.output() + " output");
        return String.format(Locale.ROOT, "MLP %s, %s%s: %,d parameters", String.join(" → ", widths), n.activation(), extras, parameters);
    }

    /** "DCGAN 100 → 128×7×7 → 64×14×14 → 1×28×28, batch norm: 766,017 parameters" (in the direction of the network). */
    static String dcgan(NetworkConfig n, int[] image, int latent, boolean generator, long parameters) {
        int b = n.channels(), c = image[0], h = image[1], w = image[2];
        List<String> steps = new ArrayList<>(List.of(c + "×" + h + "×" + w, b + "×" + h / 2 + "×" + w / 2, 2 * b + "×" + h / 4 + "×" + w / 4));
        if (generator) {
            steps.add(Integer.toString(latent));
            Collections.reverse(steps);
        } else {
            steps.add("1");
        }
        String norm = generator ? ", batch norm" : n.spectralNorm() ? ", spectral norm" : n.batchNorm() ? ", batch norm" : "";
        return String.format(Locale.ROOT, "DCGAN %s%s: %,d parameters", String.join(" → ", steps), norm, parameters);
    }

    static String optimizer(OptimizerConfig o) {
        return String.format(Locale.ROOT, "%s lr %s", o.kind(), number(o.lr()));
    }

    /** The header lines of {@code gan4j train}: label and text. */
    static List<String[]> header(GanFactory.Setup setup) {
        RunConfig c = setup.config();
        int dim = setup.data().dim();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"data", setup.data().describe() + (setup.standardized() != null ? " (standardised for the networks)" : "")});
        int[] example = setup.data().exampleShape();
        long gParams = setup.gan().generator().parameterCount(), dParams = setup.gan().discriminator().parameterCount();
        String g = c.generator().kind().equals("dcgan") ? dcgan(c.generator(), example, c.latent().size(), true, gParams)
                : network(c.generator(), c.latent().size(), dim, 0, gParams);
        String d = c.discriminator().kind().equals("dcgan") ? dcgan(c.discriminator(), example, 0, false, dParams)
                : network(c.discriminator(), dim, 1, c.discriminator().featureLayer(), dParams);
        lines.add(new String[] {"generator", g + "; latent " + c.latent().size() + " " + c.latent().distribution()});
        lines.add(new String[] {"discriminator", d});
        lines.add(new String[] {"objective", c.objective().kind() + "; G " + optimizer(c.generatorOptimizer()) + ", D " + optimizer(c.discriminatorOptimizer())});
        String epochs = c.train().epochs() > 0
                ? String.format(Locale.ROOT, "%,d epochs × %,d steps = ", c.train().epochs(), c.train().stepsPerEpoch()) : "";
        lines.add(new String[] {"training", String.format(Locale.ROOT, "%s%,d iterations, batch %d%s, %d critic step%s, lr schedule %s, seed %d",
                epochs, c.train().iterations(), c.train().batchSize(), c.train().halfBatch() ? " (D: half real, half generated)" : "",
                c.train().criticSteps(), c.train().criticSteps() == 1 ? "" : "s", c.train().schedule(), c.seed())});
        return lines;
    }

    static String table(List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) sb.append("  ").append(r[0]).append(" ".repeat(width - r[0].length() + 2)).append(r[1]).append('\n');
        return sb.toString();
    }

    /** "diagnosis:" and a line per problem found, or "diagnosis: nothing stands out". */
    static String diagnosis(List<String> problems) {
        if (problems.isEmpty()) return "diagnosis: no mode collapse or winning discriminator found\n";
        StringBuilder sb = new StringBuilder("diagnosis:\n");
        for (String p : problems) sb.append("  - ").append(p).append('\n');
        return sb.toString();
    }

    static String metrics(Map<String, Double> metrics) {
        List<String[]> rows = new ArrayList<>();
        metrics.forEach((k, v) -> rows.add(new String[] {k, number(v)}));
        return table(rows);
    }

    /** Up to 4 significant digits, no exponent for everyday magnitudes, integers without ".0". */
    static String number(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        return String.format(Locale.ROOT, "%.3e", v);
    }

    static String duration(double seconds) {
        if (seconds < 60) return String.format(Locale.ROOT, "%.1f s", seconds);
        long s = Math.round(seconds);
        if (s < 3600) return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
}
