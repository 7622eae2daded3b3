package io.gan4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    @Test
    void fitsPopulationMeanAndStdPerColumn() {
        Standardizer s = Standardizer.fit(Tensor.of(new float[][] {{1, 10}, {3, 10}, {5, 40}, {7, 40}}));
        assertThat(s.mean()).containsExactly(4, 25);
        assertThat(s.std()[0]).isCloseTo(Math.sqrt(5), within(1e-12));
        assertThat(s.std()[1]).isCloseTo(15, within(1e-12));
        assertThat(s.standardize(Tensor.of(new float[][] {{4, 40}})).data()).containsExactly(0f, 1f);
    }

    @Test
    void standardizedDataHasMeanZeroStdOneAndRoundTrips() {
        Tensor data = QuadraticData.defaults().sample(1000, new Rng(9));
        Standardizer s = Standardizer.fit(data);
        Tensor z = s.standardize(data);
        Standardizer again = Standardizer.fit(z);
        for (int j = 0; j < 2; j++) {
            assertThat(again.mean()[j]).isCloseTo(0, within(1e-6));
            assertThat(again.std()[j]).isCloseTo(1, within(1e-5));
        }
        float[] back = s.unstandardize(z).data();
        for (int i = 0; i < back.length; i++) assertThat(back[i]).isCloseTo(data.data()[i], within(1e-5f * Math.max(1, Math.abs(data.data()[i]))));
    }

    @Test
    void constantColumnIsOnlyCentred() {
        Tensor data = Tensor.of(new float[][] {{0.1f, 1}, {0.1f, 2}, {0.1f, 3}});
        Standardizer s = Standardizer.fit(data);
        assertThat(s.constantColumns()).containsExactly(0);
        assertThat(s.std()[0]).isZero();
        Tensor z = s.standardize(data);
        assertThat(z.get(0, 0)).isCloseTo(0f, within(1e-7f));
        assertThat(s.unstandardize(z).get(2, 0)).isEqualTo(0.1f);
    }

    @Test
    void fitsOnASampleOfADistribution() {
        Standardizer s = Standardizer.fit(RingData.defaults(), 4000, new Rng(10));
        assertThat(s.mean()[0]).isCloseTo(0, within(0.1));
        // a point on the ring of radius 2 at a uniform angle: each coordinate has std 2/sqrt(2)
        assertThat(s.std()[0]).isCloseTo(Math.sqrt(2), within(0.05));
    }

    @Test
    void wrongShapesAndBadStatisticsAreNamed() {
        Standardizer s = Standardizer.of(new double[] {0, 0}, new double[] {1, 1});
        assertThatThrownBy(() -> s.standardize(Tensor.zeros(3, 3))).isInstanceOf(ShapeException.class)
                .hasMessage("standardize: expected [n, 2], got [3, 3]");
        assertThatThrownBy(() -> Standardizer.fit(Tensor.zeros(0, 2))).hasMessage("fit: no rows to fit on");
        assertThatThrownBy(() -> Standardizer.fit(Tensor.of(new float[] {1, Float.NaN}, 2, 1))).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Standardizer.of(new double[] {0}, new double[] {-1})).hasMessage("Standardizer: std of column 1 must be finite and >= 0, got -1.0");
    }
}
