package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a generator learning rate of 1e-30 the generator never changes, so the energy distance
 * never improves after the first evaluation: patience 2 with an evaluation every 5 iterations
 * stops training at iteration 15.
 */
class EarlyStoppingTest {
    @TempDir
    Path parent;

    @Test
    void stopsWhenTheEnergyDistanceStopsImproving() throws IOException {
        Cli r = Cli.trainTiny(parent, "--set", "generatorOptimizer.lr=1e-30", "--set", "output.evalEvery=5", "--set", "train.patience=2",
                "--set", "output.plotEvery=0", "--set", "output.frameEvery=0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("stopped early at iteration 15: the energy distance has not improved for 2 evaluations (best ");
        Path run = r.runFolder();
        JsonNode m = new ObjectMapper().readTree(run.resolve("metrics.json").toFile());
        assertThat(m.get("status").asText()).isEqualTo("stopped_early");
        assertThat(m.get("iterations").asInt()).isEqualTo(15);
        assertThat(m.get("best").get("iteration").asInt()).isEqualTo(5);
        assertThat(m.get("metrics").get("energy_distance").asDouble()).isEqualTo(m.get("best").get("energy_distance").asDouble());
        assertThat(run.resolve("checkpoints/checkpoint-00000015.safetensors")).exists();
        assertThat(run.resolve("generator.safetensors")).exists();
    }
}
