package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.autograd.Variable;
import io.gan4j.loss.GradientPenalty;
import io.gan4j.loss.Wasserstein;
import io.gan4j.nn.Activations;
import io.gan4j.nn.BatchNorm2d;
import io.gan4j.nn.Conv2d;
import io.gan4j.nn.ConvTranspose2d;
import io.gan4j.nn.Flatten;
import io.gan4j.nn.Init;
import io.gan4j.nn.Module;
import io.gan4j.nn.Sequential;
import io.gan4j.nn.SpectralNorm;
import io.gan4j.nn.Unflatten;
import io.gan4j.optim.Adam;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tiny DCGAN-style pair on 8x8 one-channel images runs a WGAN-GP step end to end: shapes are right and every
 * gradient is finite and non-zero. No training quality is asserted.
 */
class DcganSmokeTest {
    private static final int LATENT = 16;
    private static final int BATCH = 4;

    /** z [N, 16] → 1x1 → 4x4 (k4 s1 p0) → 8x8 (k4 s2 p1), tanh. */
    private static Module generator(Rng rng) {
        return new Sequential(
                new Unflatten(LATENT, 1, 1),
                new ConvTranspose2d(LATENT, 8, 4, 1, 0, 0, false, Init.normal(0.02f), Init.zeros(), rng),
                new BatchNorm2d(8),
                Activations.relu(),
                new ConvTranspose2d(8, 1, 4, 2, 1, 0, rng),
                Activations.tanh());
    }

    /** 8x8 → 4x4 (k4 s2 p1, spectrally normalised) → 1x1 (k4 s1 p0) → one score per image. */
    private static Module critic(Rng rng) {
        return new Sequential(
                new SpectralNorm(new Conv2d(1, 8, 4, 2, 1, rng), rng),
                Activations.leakyRelu(0.2),
                new Conv2d(8, 1, 4, 1, 0, rng),
                new Flatten());
    }

    @Test
    void wganGpStepRunsWithFiniteGradients() {
        Rng rng = new Rng(2024);
        Module g = generator(rng), d = critic(rng);
        Wasserstein objective = new Wasserstein();
        GradientPenalty penalty = new GradientPenalty(10f);
        Variable z = Variable.constant(Tensor.normal(rng, 0, 1, BATCH, LATENT));
        Variable real = Variable.constant(Tensor.uniform(rng, -1, 1, BATCH, 1, 8, 8));

        Variable fake = g.forward(z);
        assertThat(fake.shape()).containsExactly(BATCH, 1, 8, 8);
        for (float v : fake.value().data()) assertThat(Math.abs(v)).isLessThan(1f);
        assertThat(d.forward(real).shape()).containsExactly(BATCH, 1);

        Variable dLoss = objective.discriminatorLoss(d.forward(real), d.forward(fake.detach()))
                .add(penalty.of(d::forward, real, fake, rng).mul(penalty.lambda()));
        dLoss.backward(d.parameters());
        // D(fake) - D(real) and the input gradient ignore a constant shift, so the last bias gets exactly zero
        assertThat(d.namedParameters().get("2.bias").grad().data()).containsOnly(0f);
        Map<String, Variable> shifted = new java.util.LinkedHashMap<>(d.namedParameters());
        shifted.remove("2.bias");
        assertFiniteNonZeroGradients(shifted);
        assertThat(g.parameters()).allMatch(p -> p.grad() == null);

        Variable gLoss = objective.generatorLoss(d.forward(g.forward(z)));
        gLoss.backward(g.parameters());
        assertFiniteNonZeroGradients(g.namedParameters());

        new Adam(d.namedParameters(), Adam.DEFAULTS).step();
        new Adam(g.namedParameters(), Adam.DEFAULTS).step();
        assertThat(d.forward(g.forward(z)).value().hasNonFinite()).isFalse();
    }

    private static void assertFiniteNonZeroGradients(Map<String, Variable> parameters) {
        parameters.forEach((name, p) -> {
            assertThat(p.grad()).as("gradient of %s", name).isNotNull();
            assertThat(p.grad().shape()).as("gradient shape of %s", name).containsExactly(p.shape());
            assertThat(p.grad().hasNonFinite()).as("non-finite gradient of %s", name).isFalse();
            float largest = 0;
            for (float v : p.grad().data()) largest = Math.max(largest, Math.abs(v));
            assertThat(largest).as("largest gradient entry of %s", name).isGreaterThan(0f);
        });
    }
}
