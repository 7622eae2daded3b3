package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** A graph keeps the power-iteration vectors it was built with, whatever later forwards do. */
class SpectralNormGraphTest {
    @Test
    void laterForwardsDoNotChangeAnEarlierGraphsGradients() {
        SpectralNorm a = new SpectralNorm(new Linear(3, 4, new Rng(1)), new Rng(2));
        SpectralNorm b = new SpectralNorm(new Linear(3, 4, new Rng(1)), new Rng(2));
        Variable x = Variable.constant(Tensor.uniform(new Rng(3), -1, 1, 5, 3));
        Variable lossA = a.forward(x).square().sum();
        Variable lossB = b.forward(x).square().sum();
        b.forward(x);
        b.forward(x);
        lossA.backward();
        lossB.backward();
        assertThat(lossB.item()).isEqualTo(lossA.item());
        for (String name : a.namedParameters().keySet()) {
            assertThat(b.namedParameters().get(name).grad().data()).as(name).containsExactly(a.namedParameters().get(name).grad().data());
        }
    }
}
