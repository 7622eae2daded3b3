package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.io.Checkpoints;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steering a run while it trains, and replaying it from the recorded changes, give the same bits. */
class SteeringTest {
    private static final RunConfig CONFIG = ConfigLoader.preset("simple-gan",
            List.of("generator.hidden=8,8", "discriminator.hidden=8,8", "train.batchSize=32"));
    /** Asked for after the iteration given (so they take effect before the next one). */
    private static final List<Steering.Change> PLAN = List.of(
            new Steering.Change(5, "generatorOptimizer.lr", "0.002"),
            new Steering.Change(5, Steering.STEP, Steering.DISCRIMINATOR),
            new Steering.Change(7, Steering.STEP, Steering.GENERATOR),
            new Steering.Change(9, "train.criticSteps", "3"),
            new Steering.Change(10, "objective.fakeTarget", "-0.5"),
            new Steering.Change(13, "discriminatorOptimizer.lr", "0.001"));

    @Test
    void aSteeredRunAndItsReplayGiveTheSameBits() {
        List<List<Steering.Change>> written = new ArrayList<>();
        GanFactory.Setup live = GanFactory.build(CONFIG);
        Steering steering = new Steering(CONFIG, List.of(), written::add);
        new Trainer(live.gan(), CONFIG.seed(), 20, List.of(steering, asking(steering))).run();

        assertThat(steering.changes()).isEqualTo(PLAN);
        assertThat(written.getLast()).isEqualTo(PLAN);
        assertThat(steering.config().train().criticSteps()).isEqualTo(3);

        GanFactory.Setup replayed = GanFactory.build(CONFIG);
        new Trainer(replayed.gan(), CONFIG.seed(), 20, List.of(new Steering(CONFIG, PLAN, c -> {}))).run();
        assertThat(hash(replayed.gan())).isEqualTo(hash(live.gan()));

        GanFactory.Setup plain = GanFactory.build(CONFIG);
        new Trainer(plain.gan(), CONFIG.seed(), 20, List.of()).run();
        assertThat(hash(plain.gan())).as("the changes change the run").isNotEqualTo(hash(live.gan()));
    }

    @Test
    void aResumedRunReplaysTheChangesAfterItsCheckpoint(@TempDir Path dir) throws IOException {
        GanFactory.Setup whole = GanFactory.build(CONFIG);
        new Trainer(whole.gan(), CONFIG.seed(), 20, List.of(new Steering(CONFIG, PLAN, c -> {}))).run();

        // Stopped after iteration 10: the change asked for then (objective.fakeTarget) has not taken effect.
        GanFactory.Setup first = GanFactory.build(CONFIG);
        Steering before = new Steering(CONFIG, PLAN, c -> {});
        new Trainer(first.gan(), CONFIG.seed(), 10, List.of(before)).run();
        assertThat(before.changes()).hasSize(4);
        Path checkpoint = Checkpoints.save(dir, first.gan(), 10, Map.of());

        GanFactory.Setup resumed = GanFactory.build(CONFIG);
        int done = Checkpoints.restore(checkpoint, resumed.gan());
        Steering after = new Steering(CONFIG, PLAN, c -> {});
        after.restoreState(before.saveState());
        new Trainer(resumed.gan(), CONFIG.seed(), 20, List.of(after)).runFrom(done);

        assertThat(hash(resumed.gan())).isEqualTo(hash(whole.gan()));
        assertThat(after.config().objective().fakeTarget()).isEqualTo(-0.5);
    }

    @Test
    void onlyTheSteerableKeysWithValidValuesMayBeAskedFor() {
        Steering s = new Steering(CONFIG, List.of(), c -> {});
        assertThatThrownBy(() -> s.ask("generator.hidden", "4,4")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("generator.hidden cannot change during training");
        assertThatThrownBy(() -> s.ask("train.criticSteps", "0")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("train.criticSteps must be at least 1");
        assertThatThrownBy(() -> s.askStep("both")).hasMessageContaining("expected discriminator or generator");
        RunConfig scheduled = ConfigLoader.preset("quadratic", List.of("train.schedule=cosine"));
        assertThatThrownBy(() -> new Steering(scheduled, List.of(), c -> {}).ask("generatorOptimizer.lr", "0.01"))
                .hasMessageContaining("while the cosine schedule sets it");
        assertThat(s.hasAsked()).isFalse();
    }

    /** A listener asking for each planned change right after its iteration, as the dashboard does between steps. */
    private static TrainingListener asking(Steering steering) {
        return new TrainingListener() {
            @Override
            public void afterStep(TrainingContext context, StepResult result) {
                for (Steering.Change c : PLAN) {
                    if (c.iteration() != context.iteration()) continue;
                    if (c.isStep()) steering.askStep(c.value());
                    else steering.ask(c.key(), c.value());
                }
            }
        };
    }

    private static long hash(Gan gan) {
        long h = 1125899906842597L;
        for (var net : List.of(gan.generator(), gan.discriminator())) {
            for (Variable p : net.parameters()) for (float v : p.value().data()) h = 31 * h + Float.floatToRawIntBits(v);
        }
        return h;
    }
}
