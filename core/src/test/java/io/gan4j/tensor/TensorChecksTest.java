package io.gan4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.tensor.kernel.elementwise.Slices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TensorChecksTest {
    /** A bad value anywhere (vector part or tail) is found; huge finite values are not bad. */
    @ParameterizedTest(name = "{1} at {0} of 37")
    @CsvSource({"0, NaN", "15, Infinity", "16, -Infinity", "31, NaN", "32, Infinity", "36, NaN"})
    void nonFiniteValuesAreFoundWherever(int position, float bad) {
        float[] data = new float[37];
        for (int i = 0; i < data.length; i++) data[i] = i % 2 == 0 ? Float.MAX_VALUE : -Float.MAX_VALUE;
        Tensor t = Tensor.of(data, 37);
        assertThat(t.hasNonFinite()).isFalse();
        data[position] = bad;
        assertThat(t.hasNonFinite()).isTrue();
    }

    @ParameterizedTest(name = "rows [{0}, {1})")
    @CsvSource({"0, 2", "1, 3", "3, 3"})
    void rowsCopyARangeOfTheFirstAxis(int from, int to) {
        Tensor t = Tensor.of(new float[] {0, 1, 2, 3, 4, 5}, 3, 2);
        Tensor r = Slices.slice(t, 0, from, to);
        assertThat(r.shape()).containsExactly(to - from, 2);
        for (int i = 0; i < to - from; i++) assertThat(r.get(i, 1)).isEqualTo(t.get(from + i, 1));
        if (r.size() > 0) {
            r.data()[0] = 99;
            assertThat(t.get(from, 0)).as("a copy, not a view").isNotEqualTo(99);
        }
    }
}
