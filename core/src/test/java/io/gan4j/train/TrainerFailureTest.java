package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An exception during training still ends every listener (logs, metrics, queued pictures), then propagates. */
class TrainerFailureTest {
    private static final class Recorder implements TrainingListener {
        final List<Outcome> ends = new ArrayList<>();

        @Override
        public void onEnd(TrainingContext context, Outcome outcome) {
            ends.add(outcome);
        }
    }

    @Test
    void listenersHearAFailureAndTheExceptionPropagatesWithTheirOwnFailuresAttached() {
        RunConfig config = ConfigLoader.preset("quadratic", List.of("train.batchSize=16", "generator.hidden=[8]", "discriminator.hidden=[8]"));
        Gan gan = GanFactory.build(config).gan();
        TrainingListener breaksAfterThree = new TrainingListener() {
            @Override
            public void afterStep(TrainingContext context, StepResult result) {
                if (context.iteration() == 3) throw new IllegalStateException("disk full");
            }
        };
        TrainingListener breaksAtEnd = new TrainingListener() {
            @Override
            public void onEnd(TrainingContext context, Outcome outcome) {
                throw new IllegalArgumentException("could not write the loss plot");
            }
        };
        Recorder before = new Recorder(), after = new Recorder();
        Trainer trainer = new Trainer(gan, config.seed(), 10, List.of(before, breaksAfterThree, breaksAtEnd, after));

        assertThatThrownBy(trainer::run).isInstanceOf(IllegalStateException.class).hasMessage("disk full")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .satisfies(s -> assertThat(s).hasMessage("could not write the loss plot")));
        for (Recorder r : List.of(before, after)) {
            assertThat(r.ends).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
                assertThat(o.networksUsable()).isFalse();
                assertThat(o.iterations()).isEqualTo(3);
                assertThat(o.message()).isEqualTo("training failed after 3 iterations: java.lang.IllegalStateException: disk full");
            });
        }
    }

    @Test
    void aListenerThatReportsTheSameFailureAgainAtTheEndDoesNotHideIt() {
        RunConfig config = ConfigLoader.preset("quadratic", List.of("train.batchSize=16", "generator.hidden=[8]", "discriminator.hidden=[8]"));
        IllegalStateException writerFailure = new IllegalStateException("cannot write frame-2.png");
        TrainingListener pictures = new TrainingListener() {
            @Override
            public void afterStep(TrainingContext context, StepResult result) {
                if (context.iteration() == 2) throw writerFailure;
            }

            @Override
            public void onEnd(TrainingContext context, Outcome outcome) {
                throw writerFailure;
            }
        };
        Trainer trainer = new Trainer(GanFactory.build(config).gan(), config.seed(), 5, List.of(pictures));
        assertThatThrownBy(trainer::run).isSameAs(writerFailure).satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
    }

    @Test
    void onlyCompletedAndEarlyStoppedRunsLeaveUsableNetworks() {
        for (Outcome.Status s : Outcome.Status.values()) {
            boolean usable = new Outcome(s, 1, "").networksUsable();
            assertThat(usable).as("%s", s).isEqualTo(s == Outcome.Status.COMPLETED || s == Outcome.Status.STOPPED_EARLY);
        }
    }
}
