package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.StepResult;
import io.gan4j.train.Trainer;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ctrl-C (simulated: the hook's request) stops training after the current iteration, as an early stop. */
class InterruptionTest {
    @Test
    void requestStopsAfterTheCurrentIteration() {
        GanFactory.Setup setup = GanFactory.build(ConfigLoader.preset("quadratic",
                List.of("generator.hidden=8", "discriminator.hidden=8", "train.batchSize=16")));
        try (Interruption interruption = new Interruption(Path.of("runs/x"))) {
            TrainingListener ctrlC = new TrainingListener() {
                @Override
                public void afterStep(TrainingContext context, StepResult result) {
                    if (context.iteration() == 5) interruption.request();
                }
            };
            Outcome outcome = new Trainer(setup.gan(), 1, 100, List.of(ctrlC, interruption)).run();
            assertThat(outcome.status()).isEqualTo(Outcome.Status.STOPPED_EARLY);
            assertThat(outcome.iterations()).isEqualTo(5);
            assertThat(outcome.message()).isEqualTo("interrupted at iteration 5; continue with: gan4j train --resume runs/x");
        }
    }
}
