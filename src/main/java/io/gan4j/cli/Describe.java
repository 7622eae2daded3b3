package io.gan4j.cli;

import io.gan4j.train.GanFactory;
import io.gan4j.train.config.NetworkConfig;
import io.gan4j.train.config.OptimizerConfig;
import io.gan4j.train.config.RunConfig;
import java.util.ArrayList;
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

    static String optimizer(OptimizerConfig o) {
        return String.format(Locale.ROOT, "%s lr %s", o.kind(), number(o.lr()));
    }

    /** The header lines of {@code gan4j train}: label and text. */
    static List<String[]> header(GanFactory.Setup setup) {
        RunConfig c = setup.config();
        int dim = setup.data().dim();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"data", setup.data().describe() + (setup.standardized() != null ? " (standardised for the networks)" : "")});
        lines.add(new String[] {"generator", network(c.generator(), c.latent().size(), dim, 0, setup.gan().generator().parameterCount())
                + "; latent " + c.latent().size() + " " + c.latent().distribution()});
        lines.add(new String[] {"discriminator", network(c.discriminator(), dim, 1, c.discriminator().featureLayer(),
                setup.gan().discriminator().parameterCount())});
        lines.add(new String[] {"objective", c.objective().kind() + "; G " + optimizer(c.generatorOptimizer()) + ", D " + optimizer(c.discriminatorOptimizer())});
        lines.add(new String[] {"training", String.format(Locale.ROOT, "%,d iterations, batch %d, %d critic step%s, lr schedule %s, seed %d",
                c.train().iterations(), c.train().batchSize(), c.train().criticSteps(), c.train().criticSteps() == 1 ? "" : "s",
                c.train().schedule(), c.seed())});
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
