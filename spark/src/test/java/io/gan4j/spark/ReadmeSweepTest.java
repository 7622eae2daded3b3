package io.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.train.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sweep file shown in README.md is a valid sweep of 24 trials on a valid base config. */
class ReadmeSweepTest {
    @Test
    void theReadmesSweepFileIsValid() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("\n## Sweeps and bulk sampling on Spark\n");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        SweepSpec spec = SweepSpec.parse("README.md", readme.substring(start, readme.indexOf("```", start)), Path.of("."));
        assertThat(spec.points() * spec.seeds().size()).isEqualTo(24);
        assertThat(Sweep.base(spec).train().iterations()).isEqualTo(5000);
        TrialTask task = new TrialTask(ConfigLoader.toYaml(Sweep.base(spec)), SweepFolder.of("."), 0);
        assertThat(SweepPlan.trials(spec)).hasSize(24).allSatisfy(t -> assertThat(task.config(t).seed()).isEqualTo(t.seed()));
    }
}
