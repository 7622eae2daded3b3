package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class EmbeddingTest {
    private static Embedding known() {
        Embedding e = new Embedding(3, 2, new Rng(1));
        e.weight().value().copyFrom(Tensor.of(new float[][] {{1, 2}, {3, 4}, {5, 6}}));
        return e;
    }

    @Test
    void lookupGathersRowsWithRepeats() {
        Variable y = known().lookup(new int[] {2, 0, 2});
        assertThat(y.shape()).containsExactly(3, 2);
        assertThat(y.value().data()).containsExactly(5, 6, 1, 2, 5, 6);
    }

    @Test
    void forwardAcceptsWholeNumberFloats() {
        Variable y = known().forward(Variable.constant(Tensor.of(new float[] {1, 1}, 2)));
        assertThat(y.value().data()).containsExactly(3, 4, 3, 4);
    }

    @Test
    void gradientsAddUpForRepeatedIndices() {
        Embedding e = known();
        e.lookup(new int[] {2, 0, 2}).sum().backward();
        assertThat(e.weight().grad().data()).containsExactly(1, 1, 0, 0, 2, 2);
    }

    @Test
    void weightsAreStandardNormal() {
        float[] w = new Embedding(100, 50, new Rng(2)).weight().value().data();
        double sum = 0, sq = 0;
        for (float v : w) {
            sum += v;
            sq += v * v;
        }
        double mean = sum / w.length;
        assertThat(mean).isBetween(-0.05, 0.05);
        assertThat(sq / w.length - mean * mean).isBetween(0.95, 1.05);
    }

    @Test
    void badIndicesAreNamed() {
        assertThatThrownBy(() -> known().lookup(new int[] {0, 3})).hasMessageContaining("index 3 at position 1 is outside [0, 3)");
        assertThatThrownBy(() -> known().forward(Variable.constant(Tensor.of(new float[] {0.5f}, 1))))
                .hasMessageContaining("index 0.5 at position 0 is not a whole number");
        assertThatThrownBy(() -> known().forward(Variable.constant(Tensor.zeros(2, 1)))).hasMessageContaining("got shape [2, 1]");
    }
}
