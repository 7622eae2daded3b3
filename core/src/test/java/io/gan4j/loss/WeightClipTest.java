package io.gan4j.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightClipTest {
    private static Variable param(float... values) {
        return Variable.param(Tensor.of(values, values.length));
    }

    @Test
    void weightClipClampsEveryWeightIntoTheInterval() {
        Variable w = param(-0.5f, 0.005f, 0.02f, -0.01f, 0f), v = param(3f);
        WeightClip.apply(List.of(w, v), 0.01f);
        assertThat(w.value().data()).containsExactly(-0.01f, 0.005f, 0.01f, -0.01f, 0f);
        assertThat(v.value().data()).containsExactly(0.01f);
    }

    @Test
    void weightClipRejectsANonPositiveBound() {
        assertThatThrownBy(() -> WeightClip.apply(List.of(param(1f)), -0.01f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c ").hasMessageContaining("-0.01");
    }

    @Test
    void aClippedWassersteinClipsTheCriticAfterItsUpdateAndAPenalisedOneDoesNot() {
        Variable w = param(-0.5f, 0.5f);
        Wasserstein.withGradientPenalty(10f).afterDiscriminatorUpdate(List.of(w));
        assertThat(w.value().data()).containsExactly(-0.5f, 0.5f);
        Wasserstein.clipped(0.01f).afterDiscriminatorUpdate(List.of(w));
        assertThat(w.value().data()).containsExactly(-0.01f, 0.01f);
    }
}
