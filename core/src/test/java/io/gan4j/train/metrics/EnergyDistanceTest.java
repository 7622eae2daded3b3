package io.gan4j.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Engine;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnergyDistanceTest {
    private final int savedThreads = Engine.threads();

    @AfterEach
    void restoreThreads() {
        Engine.setThreads(savedThreads);
    }

    @Test
    void matchesTheDefinitionOnPointsDoneByHand() {
        // X = {0, 1}, Y = {3}: E|X−Y| = (3 + 2)/2, E|X−X'| = 1 (one pair), E|Y−Y'| has no pairs (0).
        Tensor x = Tensor.of(new float[] {0f, 1f}, 2, 1), y = Tensor.of(new float[] {3f}, 1, 1);
        assertThat(EnergyDistance.between(x, y)).isEqualTo(2 * 2.5 - 1);
    }

    @Test
    void givesTheSameBitsOnOneOrTwoThreadsAndAgreesWithAPlainDoubleSum() {
        Tensor a = Tensor.normal(new Rng(1), 0f, 1f, 1_500, 2), b = Tensor.normal(new Rng(2), 0.3f, 1.2f, 1_200, 2);
        Engine.setThreads(1);
        double one = EnergyDistance.between(a, b);
        Engine.setThreads(2);
        double two = EnergyDistance.between(a, b);
        assertThat(Double.doubleToRawLongBits(two)).isEqualTo(Double.doubleToRawLongBits(one));
        double expected = 2 * plainMean(a, b, false) - plainMean(a, a, true) - plainMean(b, b, true);
        assertThat(two).isCloseTo(expected, within(1e-9)).isPositive();
    }

    private static double plainMean(Tensor a, Tensor b, boolean same) {
        double total = 0;
        long pairs = 0;
        for (int i = 0; i < a.dim(0); i++) {
            for (int j = same ? i + 1 : 0; j < b.dim(0); j++) {
                total += Math.hypot(a.get(i, 0) - b.get(j, 0), a.get(i, 1) - b.get(j, 1));
                pairs++;
            }
        }
        return total / pairs;
    }
}
