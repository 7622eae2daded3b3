package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class DropoutTest {
    @Test
    void trainingZeroesSomeValuesAndScalesTheRestByOneOverKeep() {
        Dropout dropout = new Dropout(0.25, new Rng(5));
        Tensor x = Tensor.full(2f, 1000);
        float[] y = dropout.forward(Variable.constant(x)).value().data();
        int kept = 0;
        for (float v : y) {
            assertThat(v).isIn(0f, 2f / 0.75f);
            if (v != 0f) kept++;
        }
        assertThat(kept).isBetween(700, 800);
    }

    @Test
    void evalIsTheIdentity() {
        Dropout dropout = new Dropout(0.5, new Rng(6));
        dropout.eval();
        Variable x = Variable.constant(Tensor.of(new float[] {1, 2, 3}, 3));
        assertThat(dropout.forward(x)).isSameAs(x);
    }

    @Test
    void gradientIsTheMask() {
        Dropout dropout = new Dropout(0.5, new Rng(7));
        Variable x = Variable.param(Tensor.ones(50));
        Variable y = dropout.forward(x);
        y.sum().backward();
        assertThat(x.grad().data()).containsExactly(y.value().data(), within(0f));
    }

    @Test
    void sameSeedSameMasksAndReseedAllRestartsThem() {
        Sequential a = new Sequential(new Dropout(0.5, new Rng(8)), new Dropout(0.5, new Rng(9)));
        Sequential b = new Sequential(new Dropout(0.5, new Rng(10)), new Dropout(0.5, new Rng(11)));
        Dropout.reseedAll(a, new Rng(12));
        Dropout.reseedAll(b, new Rng(12));
        Variable x = Variable.constant(Tensor.ones(64));
        assertThat(a.forward(x).value().data()).containsExactly(b.forward(x).value().data());
        assertThat(a.forward(x).value().data()).containsExactly(b.forward(x).value().data());
    }

    @Test
    void rejectsProbabilitiesOutsideZeroToOne() {
        assertThatThrownBy(() -> new Dropout(1.0, new Rng(1))).hasMessageContaining("p must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new Dropout(-0.1, new Rng(1))).hasMessageContaining("got -0.1");
    }
}
