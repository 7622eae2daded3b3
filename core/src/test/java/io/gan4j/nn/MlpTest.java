package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.optim.Adam;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class MlpTest {
    @Test
    void hiddenLayersAreLinearBatchNormActivation() {
        Sequential net = Mlp.of(2, List.of(8, 4), 1, () -> Activations.leakyRelu(0.2), true, false, Init.pytorchDefault(), new Rng(1));
        assertThat(net.toString()).isEqualTo("""
                Sequential(
                  (0): Linear(2 → 8)
                  (1): BatchNorm1d(8)
                  (2): LeakyReLU(0.2)
                  (3): Linear(8 → 4)
                  (4): BatchNorm1d(4)
                  (5): LeakyReLU(0.2)
                  (6): Linear(4 → 1)
                )""");
        assertThat(net.stateDict().keySet()).contains("1.running_mean", "4.num_batches_tracked", "6.bias");
    }

    @Test
    void featureLayerAndSpectralNormForDiscriminators() {
        Sequential net = Mlp.of(2, List.of(16), 1, Activations::relu, false, true, 3, Init.glorotUniform(), new Rng(2));
        assertThat(net.layers()).hasSize(4);
        assertThat(net.layers().get(2).toString()).isEqualTo("SpectralNorm(Linear(16 → 3))");
        assertThat(net.stateDict().keySet()).containsExactly(
                "0.weight_orig", "0.bias", "2.weight_orig", "2.bias", "3.weight_orig", "3.bias",
                "0.weight_u", "0.weight_v", "2.weight_u", "2.weight_v", "3.weight_u", "3.weight_v");
        Variable y = net.forward(Variable.constant(Tensor.zeros(5, 2)));
        assertThat(y.shape()).containsExactly(5, 1);
    }

    @Test
    void builderAddsAnOutputActivationAndSeparateBiasInit() {
        Sequential net = Mlp.builder(3, 2).hidden(List.of(4)).activation(Activations::tanh)
                .outputActivation(Activations::sigmoid).init(Init.glorotUniform(), Init.zeros()).build(new Rng(3));
        assertThat(net.layers()).extracting(Module::toString).containsExactly("Linear(3 → 4)", "Tanh", "Linear(4 → 2)", "Sigmoid");
        assertThat(net.stateDict().get("0.bias").data()).containsOnly(0f);
        float[] y = net.forward(Variable.constant(Tensor.uniform(new Rng(4), -1, 1, 6, 3))).value().data();
        for (float v : y) assertThat(v).isStrictlyBetween(0f, 1f);
    }

    @Test
    void sameSeedSameNetwork() {
        Sequential a = Mlp.of(2, List.of(8), 1, Activations::relu, true, true, Init.pytorchDefault(), new Rng(5));
        Sequential b = Mlp.of(2, List.of(8), 1, Activations::relu, true, true, Init.pytorchDefault(), new Rng(5));
        a.stateDict().forEach((k, t) -> assertThat(t.data()).as(k).containsExactly(b.stateDict().get(k).data()));
    }

    @Test
    void badWidthsAreNamed() {
        assertThatThrownBy(() -> Mlp.builder(2, 1).hidden(List.of(4, 0))).hasMessageContaining("hidden[1] must be positive, got 0");
        assertThatThrownBy(() -> Mlp.builder(0, 1)).hasMessageContaining("in must be positive, got 0");
    }

    @Test
    void learnsXorWithAdam() {
        Sequential net = Mlp.of(2, List.of(8), 1, Activations::tanh, false, false, Init.pytorchDefault(), new Rng(6));
        Adam adam = new Adam(net.namedParameters(), Adam.DEFAULTS.withLr(0.05f));
        Variable x = Variable.constant(Tensor.of(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}));
        Variable target = Variable.constant(Tensor.of(new float[][] {{0}, {1}, {1}, {0}}));

        float loss = Float.NaN;
        for (int step = 0; step < 300; step++) {
            adam.zeroGrad();
            Variable logits = net.forward(x);
            Variable bce = logits.softplus().sub(logits.mul(target)).mean();
            bce.backward();
            adam.step();
            loss = bce.item();
        }

        assertThat(loss).isLessThan(0.05f);
        float[] p = net.forward(x).sigmoid().value().data();
        assertThat(p[0]).isLessThan(0.2f);
        assertThat(p[1]).isGreaterThan(0.8f);
        assertThat(p[2]).isGreaterThan(0.8f);
        assertThat(p[3]).isLessThan(0.2f);
    }
}
