package io.gan4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Tensor;
import io.gan4j.train.GanFactory;
import io.gan4j.train.Trainer;
import io.gan4j.train.config.ConfigLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointRestoreTest {
    private static GanFactory.Setup tinyGan() {
        return GanFactory.build(ConfigLoader.preset("quadratic", List.of("generator.hidden=8", "discriminator.hidden=8", "train.batchSize=16")));
    }

    @Test
    void aCheckpointWithABadPartLoadsNothing(@TempDir Path dir) throws Exception {
        GanFactory.Setup trained = tinyGan();
        new Trainer(trained.gan(), 1, 5, List.of()).run();
        Path file = Checkpoints.save(dir, trained.gan(), 5, Map.of());
        SafeTensorsFile f = SafeTensors.read(file);
        Map<String, Tensor> tampered = new LinkedHashMap<>(f.tensors());
        tampered.put("discriminatorOptimizer.exp_avg.nope", Tensor.zeros(1));
        SafeTensors.write(file, tampered, f.metadata());

        GanFactory.Setup fresh = tinyGan();
        Map<String, float[]> before = new LinkedHashMap<>();
        fresh.gan().generator().stateDict().forEach((k, t) -> before.put(k, t.data().clone()));
        assertThatThrownBy(() -> Checkpoints.restore(file, fresh.gan())).isInstanceOf(CheckpointException.class).hasMessageContaining("nope");
        fresh.gan().generator().stateDict().forEach((k, t) -> assertThat(t.data()).as(k).containsExactly(before.get(k)));
        assertThat(fresh.gan().generatorOptimizer().steps()).isZero();
    }

    @Test
    void optimizerStateOfAnotherKindIsRejected() {
        GanFactory.Setup adam = tinyGan();
        new Trainer(adam.gan(), 1, 2, List.of()).run();
        GanFactory.Setup sgd = GanFactory.build(ConfigLoader.preset("quadratic",
                List.of("generator.hidden=8", "discriminator.hidden=8", "train.batchSize=16", "generatorOptimizer.kind=sgd")));
        assertThatThrownBy(() -> sgd.gan().generatorOptimizer().loadStateDict(adam.gan().generatorOptimizer().stateDict()))
                .hasMessageContaining("is not a slot of Sgd");
    }

    @Test
    void stepCountsBeyondFloatPrecisionSurviveExport() {
        GanFactory.Setup a = tinyGan();
        new Trainer(a.gan(), 1, 1, List.of()).run();
        Map<String, Tensor> state = new LinkedHashMap<>(a.gan().generatorOptimizer().stateDict());
        long big = (1L << 24) + 3;
        state.put("step", Tensor.of(new float[] {big >>> 24, big & 0xFFFFFF}, 2));
        a.gan().generatorOptimizer().loadStateDict(state);
        assertThat(a.gan().generatorOptimizer().steps()).isEqualTo(big);
        GanFactory.Setup b = tinyGan();
        b.gan().generatorOptimizer().loadStateDict(a.gan().generatorOptimizer().stateDict());
        assertThat(b.gan().generatorOptimizer().steps()).isEqualTo(big);
    }
}
