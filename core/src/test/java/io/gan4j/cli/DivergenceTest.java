package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generator learning rate of 1e30 throws its weights to ~1e30 at iteration 1; at iteration 2
 * the discriminator sees infinite points and its loss is NaN. Training must stop there.
 */
class DivergenceTest {
    @TempDir
    Path parent;

    @Test
    void divergenceStopsWithExitOneNamingIterationAndFigure() throws IOException {
        Cli r = Cli.trainTiny(parent, "--set", "generatorOptimizer.lr=1e30", "--set", "output.plotEvery=1",
                "--set", "output.frameEvery=1", "--set", "output.checkpointEvery=1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gan4j: training diverged at iteration 2: d_loss is NaN\n");
        Path run = r.runFolder();

        JsonNode metrics = new ObjectMapper().readTree(run.resolve("metrics.json").toFile());
        assertThat(metrics.get("status").asText()).isEqualTo("diverged");
        assertThat(metrics.get("message").asText()).isEqualTo("training diverged at iteration 2: d_loss is NaN");
        assertThat(metrics.get("iterations").asInt()).isEqualTo(1);
        assertThat(metrics.get("metrics").isNull()).isTrue();

        // Nothing drawn or saved from the broken state; the last good checkpoint stays the newest.
        assertThat(run.resolve("scatter-01.png")).exists();
        assertThat(run.resolve("scatter-02.png")).doesNotExist();
        assertThat(run.resolve("frames/frame-02.png")).doesNotExist();
        assertThat(run.resolve("checkpoints")).isDirectoryContaining("glob:**/checkpoint-00000001.safetensors")
                .isDirectoryNotContaining("glob:**/checkpoint-00000002.safetensors");
        assertThat(run.resolve("generator.safetensors")).doesNotExist();
        assertThat(run.resolve("samples.csv")).doesNotExist();
        assertThat(run.resolve("losses.png")).exists();
    }
}
