package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ActivationsTest {
    private static float[] apply(Module m, float... x) {
        return m.forward(Variable.constant(Tensor.of(x, x.length))).value().data();
    }

    @Test
    void eachNameGivesItsFunction() {
        assertThat(apply(Activations.of("relu", 0), -2, 3)).containsExactly(0, 3);
        assertThat(apply(Activations.of("leaky_relu", 0.2), -2, 3)).containsExactly(new float[] {-0.4f, 3}, within(1e-7f));
        assertThat(apply(Activations.of("tanh", 0), 0.5f)).containsExactly(new float[] {(float) Math.tanh(0.5)}, within(1e-6f));
        assertThat(apply(Activations.of("sigmoid", 0), 0, 2)).containsExactly(new float[] {0.5f, (float) (1 / (1 + Math.exp(-2)))}, within(1e-6f));
        assertThat(apply(Activations.of("softplus", 0), 0, 1)).containsExactly(new float[] {(float) Math.log(2), (float) Math.log(1 + Math.E)}, within(1e-6f));
        assertThat(apply(Activations.of("none", 0), -1, 1)).containsExactly(-1, 1);
    }

    @Test
    void describeShowsTheSettings() {
        assertThat(Activations.leakyRelu(0.2).toString()).isEqualTo("LeakyReLU(0.2)");
        assertThat(Activations.of("leaky_relu").toString()).isEqualTo("LeakyReLU(0.01)");
        assertThat(Activations.of("relu", 0.2).toString()).isEqualTo("ReLU");
        assertThat(Activations.softplus().toString()).isEqualTo("Softplus");
        assertThat(Activations.sigmoid().namedParameters()).isEmpty();
    }

    @Test
    void unknownNamesAndBadSlopesAreRejected() {
        assertThatThrownBy(() -> Activations.of("gelu", 0)).hasMessage("unknown activation 'gelu', expected one of relu, leaky_relu, tanh, sigmoid, softplus, none");
        assertThatThrownBy(() -> Activations.leakyRelu(-0.1)).hasMessageContaining("slope must be in [0, 1], got -0.1");
    }
}
