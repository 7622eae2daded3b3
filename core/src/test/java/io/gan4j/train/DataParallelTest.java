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
import io.gan4j.tensor.Engine;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataParallelTest {
    private final int savedThreads = Engine.threads();

    @AfterEach
    void restoreThreads() {
        Engine.setThreads(savedThreads);
    }

    private static Linear linear(int in, int out, Rng rng) {
        return new Linear(in, out, true, Init.pytorchDefault(), Init.pytorchDefault(), rng);
    }

    @Test
    void networksThatUseTheirBatchOrChangeStateInAForwardPassAreNotCut() {
        Rng rng = new Rng(1);
        Module plain = new Sequential(linear(2, 8, rng), Activations.leakyRelu(0.2), linear(8, 1, rng));
        assertThat(DataParallel.over(plain).shardCount(256)).isEqualTo(DataParallel.SHARDS);
        assertThat(DataParallel.over(plain, new Sequential(linear(2, 8, rng), new BatchNorm1d(8))).shardCount(256)).isEqualTo(1);
        assertThat(DataParallel.over(new Sequential(linear(2, 8, rng), new Dropout(0.5, rng))).shardCount(256)).isEqualTo(1);
        assertThat(DataParallel.over(new SpectralNorm(linear(2, 8, rng), 1, rng)).shardCount(256)).isEqualTo(1);
        Module evalNorm = new Sequential(linear(2, 8, rng), new BatchNorm1d(8));
        evalNorm.eval();
        assertThat(DataParallel.over(evalNorm).shardCount(256)).as("BatchNorm in eval mode").isEqualTo(DataParallel.SHARDS);
        assertThat(DataParallel.over(plain).shardCount(1)).as("a batch of one is never cut").isEqualTo(1);
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

    /**
     * Share-weighted mean losses of the shards give the whole batch's gradients and figures, up to rounding. The
     * loss function knows its rows by their count: the first shard of 9 takes 4, the second 5.
     */
    @Test
    void shardGradientsAndFiguresAddUpToTheWholeBatch() {
        Rng rng = new Rng(3);
        Module net = new Sequential(linear(3, 16, rng), Activations.leakyRelu(0.2), linear(16, 1, rng));
        Tensor batch = Tensor.uniform(new Rng(4), -1f, 1f, 9, 3);
        List<Variable> params = net.parameters();

        Variable wholeLoss = net.forward(Variable.constant(batch)).square().mean();
        wholeLoss.backward(params);
        List<float[]> whole = new ArrayList<>();
        for (Variable p : params) whole.add(p.grad().data().clone());

        Engine.setThreads(2);
        DataParallel.Means means = DataParallel.over(net).backward(9, new Rng(5), params, (rows, r) -> {
            int from = rows == 4 ? 0 : 4;
            Tensor part = Tensor.of(Arrays.copyOfRange(batch.data(), 3 * from, 3 * (from + rows)), rows, 3);
            return new DataParallel.Loss(net.forward(Variable.constant(part)).square().mean(), rows);
        });
        for (int i = 0; i < params.size(); i++) {
            float[] got = params.get(i).grad().data();
            for (int j = 0; j < got.length; j++) assertThat(got[j]).as("param %d [%d]", i, j).isCloseTo(whole.get(i)[j], within(1e-5f));
        }
        assertThat(means.loss()).isCloseTo(wholeLoss.item(), within(1e-5));
        assertThat(means.figures()[0]).as("the rows, weighted by share: (4·4 + 5·5) / 9").isCloseTo(41.0 / 9, within(1e-5));
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
        Engine.setThreads(threads);
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
