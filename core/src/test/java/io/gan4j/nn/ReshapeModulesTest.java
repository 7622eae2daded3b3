package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ReshapeModulesTest {
    @Test
    void flattenKeepsTheBatchAxis() {
        Variable x = Variable.constant(Tensor.zeros(4, 1, 28, 28));
        assertThat(new Flatten().forward(x).shape()).containsExactly(4, 784);
    }

    @Test
    void unflattenRestoresAnImageShapeAndRoundTrips() {
        float[] d = new float[2 * 12];
        for (int i = 0; i < d.length; i++) d[i] = i;
        Variable x = Variable.constant(Tensor.of(d, 2, 12));
        Variable image = new Unflatten(3, 2, 2).forward(x);
        assertThat(image.shape()).containsExactly(2, 3, 2, 2);
        assertThat(image.value().get(1, 2, 1, 0)).isEqualTo(22f);
        assertThat(new Flatten().forward(image).value().data()).containsExactly(d);
        assertThat(new Unflatten(3, 2, 2).toString()).isEqualTo("Unflatten[3, 2, 2]");
    }
}
