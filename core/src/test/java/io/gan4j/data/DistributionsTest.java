package io.gan4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void quadraticPointsLieOnTheParabolaWithinTheRange() {
        Tensor t = QuadraticData.defaults().sample(1000, new Rng(1));
        assertThat(t.shape()).containsExactly(1000, 2);
        for (int i = 0; i < 1000; i++) {
            float x = t.get(i, 0), y = t.get(i, 1);
            assertThat(x).isBetween(-3f, 3f);
            assertThat((double) y).isCloseTo(10 + (double) x * x, within(1e-5));
        }
    }

    @Test
    void quadraticSpreadsOverTheWholeRange() {
        Tensor t = new QuadraticData(0, 1, 2, 0).sample(2000, new Rng(2));
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (int i = 0; i < 2000; i++) {
            min = Math.min(min, t.get(i, 0));
            max = Math.max(max, t.get(i, 0));
        }
        assertThat(min).isBetween(1f, 1.01f);
        assertThat(max).isBetween(1.99f, 2f);
    }

    @Test
    void sineResidualHasTheNoiseStd() {
        SineData sine = SineData.defaults();
        Tensor t = sine.sample(4000, new Rng(3));
        double sum = 0, sumSq = 0;
        for (int i = 0; i < 4000; i++) {
            float x = t.get(i, 0);
            assertThat(x).isBetween((float) -Math.PI, (float) Math.PI);
            double r = t.get(i, 1) - sine.function().applyAsDouble(x);
            sum += r;
            sumSq += r * r;
        }
        double mean = sum / 4000, std = Math.sqrt(sumSq / 4000 - mean * mean);
        assertThat(mean).isCloseTo(0, within(0.01));
        assertThat(std).isCloseTo(0.1, within(0.005));
    }

    @Test
    void sineFunctionUsesAmplitudeAndFrequency() {
        SineData sine = new SineData(2, 3, 0, 1, 0);
        assertThat(sine.function().applyAsDouble(0.5)).isEqualTo(2 * StrictMath.sin(1.5));
        assertThat(sine.xMin()).isZero();
        assertThat(sine.xMax()).isEqualTo(1);
    }

    @Test
    void ringSamplesSitNearAModeAndHitAllEight() {
        RingData ring = RingData.defaults();
        double[][] centres = ring.modeCentres();
        assertThat(centres).hasNumberOfRows(8);
        assertThat(centres[0]).containsExactly(2.0, 0.0);
        assertThat(centres[2][0]).isCloseTo(0, within(1e-12));
        assertThat(centres[2][1]).isCloseTo(2, within(1e-12));
        Tensor t = ring.sample(2000, new Rng(4));
        int[] hits = new int[8];
        for (int i = 0; i < 2000; i++) {
            int nearest = nearest(centres, t.get(i, 0), t.get(i, 1));
            double dist = Math.hypot(t.get(i, 0) - centres[nearest][0], t.get(i, 1) - centres[nearest][1]);
            assertThat(dist).isLessThan(5 * ring.sigma());
            hits[nearest]++;
        }
        for (int h : hits) assertThat(h).isBetween(180, 320);
    }

    private static int nearest(double[][] centres, double x, double y) {
        int best = 0;
        for (int k = 1; k < centres.length; k++) {
            if (Math.hypot(x - centres[k][0], y - centres[k][1]) < Math.hypot(x - centres[best][0], y - centres[best][1])) best = k;
        }
        return best;
    }

    @Test
    void swissRollRadiusMatchesTheAngle() {
        Tensor t = new SwissRollData(SwissRollData.DEFAULT_SCALE, 0).sample(500, new Rng(5));
        for (int i = 0; i < 500; i++) {
            double x = t.get(i, 0) * 7.5, y = t.get(i, 1) * 7.5;
            double r = Math.hypot(x, y);
            assertThat(r).isBetween(1.5 * Math.PI - 1e-4, 4.5 * Math.PI + 1e-4);
            // noiseless: the point is t (cos t, sin t) with t = r, so its angle is r modulo 2 pi
            assertThat(x).isCloseTo(r * Math.cos(r), within(1e-3));
            assertThat(y).isCloseTo(r * Math.sin(r), within(1e-3));
        }
    }

    @Test
    void swissRollWithDefaultNoiseStaysInsideItsBox() {
        Tensor t = SwissRollData.defaults().sample(2000, new Rng(6));
        for (float v : t.data()) assertThat(Math.abs(v)).isLessThan(2.2f);
    }

    @Test
    void sameSeedSameTensorDifferentSeedDifferent() {
        for (RealData data : List.<RealData>of(QuadraticData.defaults(), new QuadraticData(1, 0, 1, 0.5), SineData.defaults(),
                RingData.defaults(), SwissRollData.defaults(), FormulaData.defaults())) {
            float[] a = data.sample(64, new Rng(42)).data();
            float[] b = data.sample(64, new Rng(42)).data();
            float[] c = data.sample(64, new Rng(43)).data();
            assertThat(a).as(data.describe()).containsExactly(b);
            assertThat(a).as(data.describe()).isNotEqualTo(c);
        }
    }

    @Test
    void dimAndShapeArePointsOfTwo() {
        assertThat(RingData.defaults().dim()).isEqualTo(2);
        assertThat(SineData.defaults().exampleShape()).containsExactly(2);
        assertThat(SwissRollData.defaults().sample(0, new Rng(1)).shape()).containsExactly(0, 2);
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> new QuadraticData(10, 3, -3, 0)).hasMessage("quadratic: 'xMax' (-3.0) must be greater than xMin (3.0)");
        assertThatThrownBy(() -> new QuadraticData(Double.NaN, -3, 3, 0)).hasMessage("quadratic: 'a' must be a finite number, got NaN");
        assertThatThrownBy(() -> new SineData(1, 1, -1, 1, -0.1)).hasMessage("sine: 'noise' must be >= 0, got -0.1");
        assertThatThrownBy(() -> new RingData(0, 2, 0.02)).hasMessage("ring: 'modes' must be at least 1, got 0");
        assertThatThrownBy(() -> new RingData(8, 2, 0)).hasMessage("ring: 'sigma' must be > 0, got 0.0");
        assertThatThrownBy(() -> new SwissRollData(0, 0.25)).hasMessage("swissroll: 'scale' must be > 0, got 0.0");
        assertThatThrownBy(() -> RingData.defaults().sample(-1, new Rng(1))).hasMessage("sample: n must be >= 0, got -1");
    }

    @Test
    void describeGivesTheLaw() {
        assertThat(QuadraticData.defaults().describe()).isEqualTo("quadratic: y = 10 + x^2, x ~ U(-3, 3)");
        assertThat(new SineData(2, 1, 0, 1, 0.1).describe()).isEqualTo("sine: y = 2 * sin(1 * x) + N(0, 0.1), x ~ U(0, 1)");
        assertThat(RingData.defaults().describe()).isEqualTo("ring: 8 Gaussians (sigma 0.02) evenly spaced on a circle of radius 2");
    }
}
