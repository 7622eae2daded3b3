package io.gan4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Tensor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDictsTest {
    @Test
    void acceptsAMatchingCheckpoint() throws CheckpointException {
        Map<String, Tensor> loaded = Map.of("w", Tensor.zeros(2, 3), "s", Tensor.scalar(1f));
        Map<String, int[]> expected = Map.of("w", new int[] {2, 3}, "s", new int[0]);
        assertThat(StateDicts.problems(loaded, expected)).isEmpty();
        StateDicts.check("m.safetensors", loaded, expected);
    }

    @Test
    void reportsAShapeMismatchExactly() {
        assertThatThrownBy(() -> StateDicts.check("model.safetensors",
                        Map.of("g.net.0.weight", Tensor.zeros(128, 5)), Map.of("g.net.0.weight", new int[] {128, 6})))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoint model.safetensors: 'g.net.0.weight' has shape [128, 5], the module expects [128, 6]");
    }

    @Test
    void reportsEveryProblemAtOnceInAStableOrder() {
        Map<String, Tensor> loaded = Map.of(
                "a", Tensor.zeros(2), "extra2", Tensor.zeros(1), "extra1", Tensor.zeros(1), "z", Tensor.scalar(0f));
        Map<String, int[]> expected = Map.of(
                "a", new int[] {3}, "gone2", new int[] {1}, "gone1", new int[] {1}, "z", new int[] {1});
        assertThatThrownBy(() -> StateDicts.check("ckpt", loaded, expected))
                .hasMessage("checkpoint ckpt: 'gone1' is missing from the checkpoint; 'gone2' is missing from the checkpoint; "
                        + "'extra1' is not expected by the module; 'extra2' is not expected by the module; "
                        + "'a' has shape [2], the module expects [3]; 'z' has shape [], the module expects [1]");
    }
}
