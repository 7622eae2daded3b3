package io.gan4j.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutogradTest {
    private static Variable p(float... v) {
        return Variable.param(Tensor.of(v, v.length));
    }

    @Test
    void backwardAccumulatesIntoLeavesAcrossCalls() {
        Variable x = p(1f, 2f, 3f);
        x.square().sum().backward();
        assertThat(x.grad().data()).containsExactly(2f, 4f, 6f);
        x.square().sum().backward();
        assertThat(x.grad().data()).containsExactly(4f, 8f, 12f);
        x.zeroGrad();
        assertThat(x.grad()).isNull();
    }

    @Test
    void backwardIntoChosenLeavesLeavesOthersUntouched() {
        Variable a = p(1f, 2f), b = p(3f, 4f);
        a.mul(b).sum().backward(List.of(a));
        assertThat(a.grad().data()).containsExactly(3f, 4f);
        assertThat(b.grad()).isNull();
    }

    @Test
    void gradReturnsGradientsWithoutTouchingAccumulatedOnes() {
        Variable x = p(1f, 2f), w = p(5f, 7f);
        Variable y = x.mul(w).sum();
        Variable gx = Autograd.grad(y, x, false);
        assertThat(gx.value().data()).containsExactly(5f, 7f);
        assertThat(x.grad()).isNull();
        assertThat(w.grad()).isNull();
        assertThat(gx.requiresGrad()).isFalse();
    }

    @Test
    void unusedInputGetsZeros() {
        Variable x = p(1f, 2f), unused = p(3f);
        Variable g = Autograd.grad(new Variable[] {x.sum()}, null, new Variable[] {unused}, false)[0];
        assertThat(g.value().data()).containsExactly(0f);
    }

    @Test
    void createGraphGivesDifferentiableGradients() {
        // y = x^3: dy/dx = 3x^2, d2y/dx2 = 6x.
        Variable x = p(2f);
        Variable y = x.mul(x).mul(x).sum();
        Variable dy = Autograd.grad(y, x, true);
        assertThat(dy.item()).isEqualTo(12f);
        Variable d2y = Autograd.grad(dy.sum(), x, false);
        assertThat(d2y.item()).isEqualTo(12f);
    }

    @Test
    void gradientPenaltyReachesParameters() {
        // D(x) = w * x^2 summed; dD/dx = 2wx; penalty = (2wx)^2 summed; d penalty/dw = 8 w x^2.
        Variable x = p(1f, 3f), w = p(0.5f, 2f);
        Variable d = w.mul(x.square()).sum();
        Variable gx = Autograd.grad(d, x, true);
        Variable penalty = gx.square().sum();
        penalty.backward(List.of(w));
        assertThat(w.grad().data()).containsExactly(8f * 0.5f * 1f, 8f * 2f * 9f);
    }

    @Test
    void noGradScopeRecordsNothing() {
        Variable x = p(1f, 2f);
        Variable y;
        try (var ignored = GradMode.off()) {
            y = x.mul(x);
        }
        assertThat(y.requiresGrad()).isFalse();
        assertThat(y.isLeaf()).isTrue();
        assertThat(GradMode.isEnabled()).isTrue();
    }

    @Test
    void backwardOfNonScalarNamesTheShape() {
        Variable x = p(1f, 2f);
        assertThatThrownBy(() -> x.mul(x).backward()).isInstanceOf(ShapeException.class).hasMessageContaining("[2]");
    }

    @Test
    void shapeMistakesNameTheOpAndBothShapes() {
        Variable a = Variable.constant(Tensor.zeros(2, 3)), b = Variable.constant(Tensor.zeros(4, 5));
        assertThatThrownBy(() -> a.add(b)).isInstanceOf(ShapeException.class).hasMessageContaining("add").hasMessageContaining("[2, 3]").hasMessageContaining("[4, 5]");
        assertThatThrownBy(() -> a.matmul(b)).isInstanceOf(ShapeException.class).hasMessageContaining("matmul").hasMessageContaining("[2, 3]").hasMessageContaining("[4, 5]");
    }

    @Test
    void longChainsRunInConstantMemoryAndDoNotOverflowTheStack() {
        Variable x = p(1f);
        Variable y = x;
        for (int i = 0; i < 20_000; i++) y = y.mul(1.0001f);
        y.sum().backward();
        assertThat(x.grad().item()).isCloseTo((float) Math.pow(1.0001, 20_000), org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    @Test
    void closingANoGradScopeTwiceDoesNotLeaveRecordingOff() {
        GradMode.Scope scope = GradMode.off();
        scope.close();
        scope.close();
        assertThat(GradMode.isEnabled()).isTrue();
    }
}
