package io.gan4j.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.train.GanFactory;
import io.gan4j.train.LossLog;
import io.gan4j.train.config.ConfigLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosisTest {
    private static GanFactory.Setup setup(String preset) {
        return GanFactory.build(ConfigLoader.preset(preset, List.of("generator.hidden=4", "discriminator.hidden=4")));
    }

    /** Rows every 100 iterations up to {@code last}, with the given mean D(real) and D(fake). */
    private static List<LossLog.Row> rows(int last, double dReal, double dFake) {
        List<LossLog.Row> rows = new ArrayList<>();
        for (int i = 100; i <= last; i += 100) {
            rows.add(new LossLog.Row(i, Map.of("d_loss", 0.1, "g_loss", 5.0, "d_real", dReal, "d_fake", dFake)));
        }
        return rows;
    }

    @Test
    void aRingWithMissingModesIsNamedModeCollapse() {
        List<String> found = Diagnosis.of(setup("wgan-gp-ring"), Map.of("modes_captured", 5.0, "high_quality_share", 0.9), List.of());
        assertThat(found).containsExactly("the 8-Gaussian ring: 5 of 8 modes captured: mode collapse");
    }

    @Test
    void aCurveCoveredInPartOrMissedIsNamed() {
        List<String> found = Diagnosis.of(setup("quadratic"), Map.of("x_coverage", 0.4, "residual_share", 0.12), List.of());
        assertThat(found).containsExactly("generated points reach 40% of the x-range: mode collapse onto part of the curve",
                "points lie 12.0% of the y-range off the curve on average: the generator has not learned its shape");
    }

    @Test
    void aDiscriminatorThatCallsEveryGeneratedExampleFakeWins() {
        List<String> found = Diagnosis.of(setup("quadratic"), Map.of("x_coverage", 1.0, "residual_share", 0.01), rows(10_000, 0.99, 0.01));
        assertThat(found).containsExactly(
                "D(fake) near 0 (mean 0.010) for the last 2,000 iterations: the discriminator wins, the generator gets no signal");
    }

    @Test
    void aHealthyRunHasNothingToReport() {
        assertThat(Diagnosis.of(setup("quadratic"), Map.of("x_coverage", 1.0, "residual_share", 0.01), rows(10_000, 0.55, 0.45))).isEmpty();
        assertThat(Diagnosis.of(setup("wgan-gp-ring"), Map.of("modes_captured", 8.0, "high_quality_share", 0.9), rows(6_000, 1, -1)))
                .as("critics' scores are not probabilities").isEmpty();
    }
}
