package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class LinearTest {
    @Test
    void computesXTimesWTransposedPlusBias() {
        Linear linear = new Linear(3, 2, new Rng(1));
        linear.weight().value().copyFrom(Tensor.of(new float[][] {{1, 2, 3}, {-1, 0, 0.5f}}));
        linear.bias().value().copyFrom(Tensor.of(new float[] {0.5f, -2}, 2));

        Variable y = linear.forward(Variable.constant(Tensor.of(new float[][] {{1, 1, 1}, {2, 0, -2}})));

        assertThat(y.shape()).containsExactly(2, 2);
        // row 1: 1+2+3+0.5, -1+0+0.5-2; row 2: 2+0-6+0.5, -2+0-1-2
        assertThat(y.value().data()).containsExactly(new float[] {6.5f, -2.5f, -3.5f, -5f}, within(1e-6f));
    }

    @Test
    void withoutBiasHasOnlyAWeight() {
        Linear linear = new Linear(4, 3, false, Init.glorotUniform(), Init.zeros(), new Rng(2));
        assertThat(linear.namedParameters().keySet()).containsExactly("weight");
        assertThat(linear.weight().shape()).containsExactly(3, 4);
        assertThat(linear.toString()).isEqualTo("Linear(4 → 3, no bias)");
    }

    @Test
    void pytorchDefaultDrawsWithinOneOverSqrtFanIn() {
        Linear linear = new Linear(16, 8, new Rng(3));
        for (float w : linear.weight().value().data()) assertThat(Math.abs(w)).isLessThanOrEqualTo(0.25f);
        for (float b : linear.bias().value().data()) assertThat(Math.abs(b)).isLessThanOrEqualTo(0.25f);
    }

    @Test
    void gradientsReachWeightAndBias() {
        Linear linear = new Linear(2, 1, new Rng(4));
        linear.weight().value().copyFrom(Tensor.of(new float[][] {{2, -1}}));
        Variable x = Variable.constant(Tensor.of(new float[][] {{1, 3}, {2, 5}}));
        linear.forward(x).sum().backward();
        assertThat(linear.weight().grad().data()).containsExactly(3f, 8f);
        assertThat(linear.bias().grad().data()).containsExactly(2f);
    }
}
