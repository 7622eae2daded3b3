package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.loss.Bce;
import io.gan4j.loss.LeastSquares;
import io.gan4j.loss.Wasserstein;
import org.junit.jupiter.api.Test;

class DecisionShadingTest {
    @Test
    void bceShowsTheProbability() {
        float[] s = DecisionShading.shade(new Bce(true, 1f), new float[] {0f, 100f, -100f});
        assertThat(s[0]).isEqualTo(0.5f);
        assertThat(s[1]).isEqualTo(1f);
        assertThat(s[2]).isLessThan(1e-40f);
    }

    @Test
    void leastSquaresMapsFakeTargetToZeroAndRealTargetToOne() {
        float[] s = DecisionShading.shade(new LeastSquares(1f, -1f, 1f), new float[] {-1f, 0f, 1f, 3f});
        assertThat(s).containsExactly(0f, 0.5f, 1f, 1f);
    }

    @Test
    void criticScoresCentreOnZeroAndScaleByTheLargest() {
        float[] s = DecisionShading.shade(new Wasserstein(), new float[] {-4f, 0f, 2f, Float.NaN});
        assertThat(s[0]).isEqualTo(0f);
        assertThat(s[1]).isEqualTo(0.5f);
        assertThat(s[2]).isEqualTo(0.75f);
        assertThat(s[3]).isNaN();
    }
}
