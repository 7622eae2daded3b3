package io.gan4j.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ReviewRegressionTest {
    @Test
    void closingANoGradScopeTwiceDoesNotLeaveRecordingOff() {
        GradMode.Scope scope = GradMode.off();
        scope.close();
        scope.close();
        assertThat(GradMode.isEnabled()).isTrue();
    }

    @Test
    void repeatedReductionAxesAreRejected() {
        Variable x = Variable.constant(Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertThatThrownBy(() -> x.mean(false, 1, 1)).isInstanceOf(ShapeException.class).hasMessageContaining("repeated");
        assertThat(x.mean(false, 1).value().data()).containsExactly(2f, 5f);
    }
}
