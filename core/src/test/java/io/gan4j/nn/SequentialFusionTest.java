package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequential runs Linear then LeakyReLU as one fused op; outputs and gradients must be those of the two layers. */
class SequentialFusionTest {
    @Test
    void fusedLinearLeakyReluGivesTheSameBitsAsTheTwoLayers() {
        Rng rng = new Rng(3);
        Linear first = new Linear(7, 33, true, Init.pytorchDefault(), Init.pytorchDefault(), rng);
        Linear second = new Linear(33, 5, true, Init.pytorchDefault(), Init.pytorchDefault(), rng);
        Sequential net = new Sequential(first, new LeakyRelu(0.2), second, new LeakyRelu(0.01));
        Tensor input = Tensor.uniform(new Rng(4), -2f, 2f, 19, 7);

        Variable fused = net.forward(Variable.constant(input));
        fused.square().sum().backward(net.parameters());
        List<Tensor> fusedGrads = net.parameters().stream().map(p -> p.grad().copy()).toList();
        net.zeroGrad();

        Variable separate = second.forward(first.forward(Variable.constant(input)).leakyRelu(0.2f)).leakyRelu(0.01f);
        separate.square().sum().backward(net.parameters());

        assertThat(fused.value().data()).isEqualTo(separate.value().data());
        for (int i = 0; i < fusedGrads.size(); i++) {
            assertThat(fusedGrads.get(i).data()).as("parameter " + i).isEqualTo(net.parameters().get(i).grad().data());
        }
        assertThat(hasNegative(fused.value().data())).as("some outputs on the leaky side").isTrue();
    }

    private static boolean hasNegative(float[] d) {
        for (float v : d) if (v < 0) return true;
        return false;
    }
}
