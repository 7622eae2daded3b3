package io.gan4j.optim;

import static io.gan4j.optim.OptimizerChecks.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClippingTest {
    private static Variable withGradient(float... g) {
        Variable x = param(new float[g.length]);
        x.mul(Variable.constant(Tensor.of(g.clone(), g.length))).sum().backward();
        return x;
    }

    private static double norm(List<Variable> params) {
        double sum = 0;
        for (Variable p : params) for (float x : p.grad().data()) sum += (double) x * x;
        return Math.sqrt(sum);
    }

    @Test
    void clipsTheGlobalNormToTheMaximumAndReturnsTheNormBefore() {
        // ‖(3, 4, 12)‖ = 13
        Variable a = withGradient(3f, 4f), b = withGradient(12f);
        float before = GradClip.byNorm(List.of(a, b), 6.5f);
        assertThat(before).isEqualTo(13f);
        assertThat(norm(List.of(a, b))).isCloseTo(6.5, within(1e-5));
        // every gradient scaled by the same factor 6.5 / (13 + 1e-6), so directions are kept
        assertThat(a.grad().data()).containsExactly(new float[] {1.5f, 2f}, within(1e-6f));
        assertThat(b.grad().data()).containsExactly(new float[] {6f}, within(1e-6f));
    }

    @Test
    void leavesGradientsUntouchedBelowTheMaximum() {
        Variable a = withGradient(3f, 4f), b = withGradient(12f);
        assertThat(GradClip.byNorm(List.of(a, b), 13.5f)).isEqualTo(13f);
        assertThat(a.grad().data()).containsExactly(3f, 4f);
        assertThat(b.grad().data()).containsExactly(12f);
    }

    @Test
    void skipsParametersWithoutGradient() {
        Variable a = withGradient(3f, 4f), none = param(100f);
        assertThat(GradClip.byNorm(List.of(a, none), 1f)).isEqualTo(5f);
        assertThat(none.grad()).isNull();
        assertThat(a.grad().data()).containsExactly(new float[] {0.6f, 0.8f}, within(1e-6f));
    }

    @Test
    void rejectsANonPositiveMaximum() {
        Variable a = withGradient(1f);
        assertThatThrownBy(() -> GradClip.byNorm(List.of(a), 0f)).hasMessageContaining("maxNorm").hasMessageContaining("0.0");
        assertThatThrownBy(() -> GradClip.byNorm(List.of(a), -2f)).hasMessageContaining("maxNorm").hasMessageContaining("-2.0");
    }
}
