package io.gan4j.train.config;

import java.util.List;

/**
 * Where real examples come from. Which fields matter depends on {@code kind}.
 *
 * @param kind        quadratic | sine | formula | ring | swissroll | csv
 * @param a           quadratic: y = a + x²
 * @param xMin        function targets: smallest x
 * @param xMax        function targets: largest x
 * @param noise       function targets: standard deviation of Gaussian noise added to y; swiss roll: noise
 * @param amplitude   sine: amplitude
 * @param frequency   sine: angular frequency
 * @param formula     formula: f(x), e.g. "sin(3*x) + x/2"
 * @param modes       ring: number of Gaussians
 * @param radius      ring: circle radius
 * @param sigma       ring: standard deviation of each Gaussian
 * @param scale       swiss roll: divisor of the roll's size
 * @param file        csv: path to a file of numeric columns
 * @param standardize train on standardised data (zero mean, unit variance per column); outputs are mapped back
 */
public record DataConfig(String kind, double a, double xMin, double xMax, double noise, double amplitude, double frequency,
                         String formula, int modes, double radius, double sigma, double scale, String file, boolean standardize) {
    public static final List<String> KINDS = List.of("quadratic", "sine", "formula", "ring", "swissroll", "csv");
    public static final DataConfig DEFAULTS =
            new DataConfig("quadratic", 10, -3, 3, 0, 1, 1, "x^2", 8, 2, 0.02, 7.5, "", true);

    void validate() {
        Check.oneOf("data.kind", kind, KINDS);
        Check.finite("data.a", a);
        Check.finite("data.xMin", xMin);
        Check.finite("data.xMax", xMax);
        if (!(xMin < xMax)) throw new ConfigException("data.xMin must be below data.xMax, got " + xMin + " and " + xMax);
        Check.nonNegative("data.noise", noise);
        Check.positive("data.frequency", Math.abs(frequency));
        Check.atLeast("data.modes", modes, 1);
        Check.positive("data.radius", radius);
        Check.positive("data.sigma", sigma);
        Check.positive("data.scale", scale);
        if (kind.equals("csv") && (file == null || file.isBlank())) throw new ConfigException("data.file must name a CSV file when data.kind is csv");
        if (kind.equals("formula") && (formula == null || formula.isBlank())) throw new ConfigException("data.formula must be given when data.kind is formula");
    }
}
