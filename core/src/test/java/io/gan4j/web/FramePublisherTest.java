package io.gan4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.train.GanFactory;
import io.gan4j.train.Outcome;
import io.gan4j.train.StepResult;
import io.gan4j.train.Trainer;
import io.gan4j.train.TrainingContext;
import io.gan4j.train.TrainingListener;
import io.gan4j.train.config.ConfigLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramePublisherTest {
    /** Frames are due every 45 ms: a step that takes longer than that makes every step publish one. */
    private static final long SLOW_STEP_MILLIS = 60;

    @Test
    void theDecisionMapComesWithEverySecondFrameAndWithEveryForcedOne() throws Exception {
        GanFactory.Setup setup = GanFactory.build(ConfigLoader.preset("quadratic", List.of("generator.hidden=8", "discriminator.hidden=8")));
        Board board = new Board();
        FramePublisher publisher = new FramePublisher(new Scene(setup, 1), board);
        List<Boolean> maps = new ArrayList<>();
        TrainingListener reader = new TrainingListener() {
            private long seen;

            @Override
            public void onStart(TrainingContext context) {
                readThenWait();
            }

            @Override
            public void afterStep(TrainingContext context, StepResult result) {
                readThenWait();
            }

            private void readThenWait() {
                read();
                try {
                    Thread.sleep(SLOW_STEP_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            private void read() {
                try {
                    Board.Frame f = board.await(seen, 0);
                    if (f.version() > seen) maps.add(Json.MAPPER.readTree(f.json()).has("map"));
                    seen = f.version();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        Outcome outcome = new Trainer(setup.gan(), 1, 7, List.of(publisher, reader)).run();

        assertThat(outcome.status()).isEqualTo(Outcome.Status.COMPLETED);
        assertThat(maps).as("the first frame (forced), then one frame per slow step").hasSize(8);
        assertThat(maps.getFirst()).as("the forced first frame").isTrue();
        assertThat(maps.subList(1, 8)).containsExactly(false, true, false, true, false, true, false);
        assertThat(Json.MAPPER.readTree(board.await(0, 0).json()).has("map")).as("the forced last frame").isTrue();
    }

    @Test
    void framesAreDueOnAFixedGridSoStepsThatOverrunItDoNotSlowTheFrameRate() {
        long period = 1_000_000_000L / FramePublisher.FRAMES_PER_SECOND, step = period / 3 + 1;
        long due = FramePublisher.nextDue(0, 5 * period), now = 5 * period, frames = 0;
        assertThat(due).as("the first frame after a long while starts the grid").isEqualTo(6 * period);
        for (int i = 0; i < 3000; i++) {
            now += step;
            if (now - due >= 0) {
                due = FramePublisher.nextDue(due, now);
                frames++;
            }
        }
        // 3,000 steps of a third of a period and a bit: about 1,000 periods, and one frame in each.
        assertThat(frames).isBetween(999L, 1001L);
        assertThat(FramePublisher.nextDue(due, due + 10 * period)).as("after a pause: from now").isEqualTo(due + 11 * period);
    }
}
