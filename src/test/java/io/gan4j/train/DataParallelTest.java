package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.Variable;
import io.gan4j.nn.Activations;
import io.gan4j.nn.BatchNorm1d;
import io.gan4j.nn.Dropout;
import io.gan4j.nn.Init;
import io.gan4j.nn.Linear;
import io.gan4j.nn.Module;
import io.gan4j.nn.Sequential;
import io.gan4j.nn.SpectralNorm;
import io.gan4j.optim.Optimizer;
import io.gan4j.optim.Sgd;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.Parallel;
import io.gan4j.tensor.kernel.Slices;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShardsTest {
    private final int savedThreads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(savedThreads);
    }

    private static Linear linear(int in, int out, Rng rng) {
        return new Linear(in, out, true, Init.pytorchDefault(), Init.pytorchDefault(), rng);
    }

    @Test
    void networksThatMixExamplesOrChangeStateInForwardAreNotSharded() {
        Rng rng = new Rng(1);
        Module plain = new Sequential(linear(2, 8, rng), Activations.leakyRelu(0.2), linear(8, 1, rng));
        assertThat(Shards.forModules(256, plain).count()).isEqualTo(Shards.SHARDABLE_COUNT);
        assertThat(Shards.forModules(256, plain, new Sequential(linear(2, 8, rng), new BatchNorm1d(8))).count()).isEqualTo(1);
        assertThat(Shards.forModules(256, new Sequential(linear(2, 8, rng), new Dropout(0.5, rng))).count()).isEqualTo(1);
        assertThat(Shards.forModules(256, new SpectralNorm(linear(2, 8, rng), 1, rng)).count()).isEqualTo(1);
        Module evalNorm = new Sequential(linear(2, 8, rng), new BatchNorm1d(8));
        evalNorm.eval();
        assertThat(Shards.forModules(256, evalNorm).count()).as("BatchNorm in eval mode").isEqualTo(Shards.SHARDABLE_COUNT);
        assertThat(Shards.forModules(1, plain).count()).as("a batch of one is never cut").isEqualTo(1);
    }

    /** A batch of one example (or a half batch of one) trains without an empty shard's 0/0 loss. */
    @Test
    void aBatchOfOneTrains() {
        for (String halfBatch : List.of("false", "true")) {
            RunConfig config = ConfigLoader.preset("quadratic", List.of("train.batchSize=" + ("true".equals(halfBatch) ? 2 : 1),
                    "train.halfBatch=" + halfBatch, "generator.hidden=8", "discriminator.hidden=8"));
            GanFactory.Setup setup = GanFactory.build(config);
            Outcome outcome = new Trainer(setup.gan(), config.seed(), 5, List.of()).run();
            assertThat(outcome.status()).as("halfBatch=%s: %s", halfBatch, outcome.message()).isEqualTo(Outcome.Status.COMPLETED);
        }
    }

    @Test
    void partsCoverTheBatchAndSharesAddUpToOne() {
        Shards shards = new Shards(2);
        assertThat(shards.from(0, 7)).isZero();
        assertThat(shards.to(0, 7)).isEqualTo(shards.from(1, 7)).isEqualTo(3);
        assertThat(shards.to(1, 7)).isEqualTo(7);
        assertThat(shards.size(0, 7) + shards.size(1, 7)).isEqualTo(7);
        assertThat(shards.share(0, 7) + shards.share(1, 7)).isCloseTo(1f, within(1e-7f));
    }

    /** Share-weighted mean losses of the shards give the whole batch's gradients, up to rounding. */
    @Test
    void shardGradientsAddUpToTheWholeBatchGradient() {
        Rng rng = new Rng(3);
        Module net = new Sequential(linear(3, 16, rng), Activations.leakyRelu(0.2), linear(16, 1, rng));
        Tensor batch = Tensor.uniform(new Rng(4), -1f, 1f, 9, 3);
        List<Variable> params = net.parameters();

        net.forward(Variable.constant(batch)).square().mean().backward(params);
        List<float[]> whole = new ArrayList<>();
        for (Variable p : params) whole.add(p.grad().data().clone());

        Shards shards = new Shards(2);
        Parallel.setThreads(2);
        Optimizer sgd = new Sgd(net.namedParameters(), Sgd.DEFAULTS);
        shards.run(s -> Shards.gradients(net.forward(Variable.constant(Slices.slice(batch, 0, shards.from(s, 9), shards.to(s, 9)))).square().mean()
                .mul(shards.share(s, 9)), params), parts -> {
                    sgd.step(parts);
                    return null;
                });
        for (int i = 0; i < params.size(); i++) {
            float[] got = params.get(i).grad().data();
            for (int j = 0; j < got.length; j++) assertThat(got[j]).as("param %d [%d]", i, j).isCloseTo(whole.get(i)[j], within(1e-5f));
        }
    }

    /**
     * The shards are fixed by the networks, not the threads: one thread runs them in turn and gets the same bits.
     * Layers of 128 on 65 examples make arrays large enough to be recycled by the workspace.
     */
    @Test
    void trainingGivesTheSameBitsOnOneOrTwoThreads() {
        assertThat(trainedHash(1)).isEqualTo(trainedHash(2));
    }

    private static long trainedHash(int threads) {
        Parallel.setThreads(threads);
        RunConfig config = ConfigLoader.preset("quadratic", List.of("generator.hidden=128", "discriminator.hidden=128", "train.batchSize=65"));
        GanFactory.Setup setup = GanFactory.build(config);
        new Trainer(setup.gan(), config.seed(), 20, List.of()).run();
        long h = 17;
        for (var net : List.of(setup.gan().generator(), setup.gan().discriminator())) {
            for (Variable p : net.parameters()) for (float v : p.value().data()) h = 31 * h + Float.floatToRawIntBits(v);
        }
        return h;
    }
}
