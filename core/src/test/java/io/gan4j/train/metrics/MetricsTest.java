package io.gan4j.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.train.GanFactory;
import io.gan4j.train.config.ConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void functionTargetsGetFitAndEnergyDistanceInAFixedOrder() {
        GanFactory.Setup setup = GanFactory.build(ConfigLoader.preset("quadratic", List.of("generator.hidden=8", "discriminator.hidden=8")));
        var m = Metrics.evaluate(setup, 300, 1, null);
        assertThat(m.keySet()).containsExactly("residual_share", "x_coverage", "energy_distance");
        assertThat(m.get("energy_distance")).isPositive();
        assertThat(Metrics.evaluate(setup, 300, 1, null)).as("fixed streams").isEqualTo(m);
    }

    @Test
    void ringGetsModeCoverage() {
        GanFactory.Setup setup = GanFactory.build(ConfigLoader.preset("wgan-gp-ring",
                List.of("generator.hidden=8", "discriminator.hidden=8")));
        var m = Metrics.evaluate(setup, 300, 1, null);
        assertThat(m.keySet()).containsExactly("modes_captured", "high_quality_share", "energy_distance");
        assertThat(m.get("modes_captured")).isBetween(0.0, 8.0);
    }
}
