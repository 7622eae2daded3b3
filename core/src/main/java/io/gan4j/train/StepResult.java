package io.gan4j.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one GAN step. {@code dReal} and {@code dFake} are the discriminator's mean
 * output as shown to people (a probability for BCE objectives); {@code penalty} is the
 * gradient penalty (0 without one); {@code wasserstein} is the critic's estimate
 * D(real) − D(fake) (NaN for non-critic objectives).
 */
public record StepResult(double dLoss, double gLoss, double dReal, double dFake, double penalty, double wasserstein) {
    /** The figures by name, in a fixed order (the columns of losses.csv). */
    public Map<String, Double> named() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("d_loss", dLoss);
        m.put("g_loss", gLoss);
        m.put("d_real", dReal);
        m.put("d_fake", dFake);
        m.put("penalty", penalty);
        m.put("wasserstein", wasserstein);
        return m;
    }

    /** The name of the first figure that is NaN or infinite, or null when all are finite. */
    public String firstNonFinite() {
        for (var e : named().entrySet()) {
            if (e.getKey().equals("wasserstein") && Double.isNaN(e.getValue())) continue;
            if (!Double.isFinite(e.getValue())) return e.getKey();
        }
        return null;
    }
}
