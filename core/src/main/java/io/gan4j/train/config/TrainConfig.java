package io.gan4j.train.config;

import io.gan4j.train.GanSettings;
import java.util.List;

/**
 * The training loop.
 *
 * @param iterations    generator updates (set to epochs × stepsPerEpoch when epochs is above 0)
 * @param epochs        epochs as the image classics count them (0: iterations counts)
 * @param stepsPerEpoch iterations per epoch
 * @param batchSize     examples per step
 * @param criticSteps   discriminator updates per generator update
 * @param halfBatch     train D on batchSize/2 real plus batchSize/2 generated examples
 * @param schedule      learning-rate schedule for both networks: constant | step | exponential | cosine
 * @param scheduleEvery step schedule: iterations between decays
 * @param gamma         step and exponential schedules: decay factor
 * @param warmup        linear learning-rate warm-up iterations (0 for none)
 * @param patience      early stopping: evaluations without improvement of the energy distance before stopping (0 = off)
 * @param seconds       stop after this many seconds of training (0: no limit); the run ends as stopped early
 */
public record TrainConfig(int iterations, int epochs, int stepsPerEpoch, int batchSize, int criticSteps, boolean halfBatch,
                          String schedule, int scheduleEvery, double gamma, int warmup, int patience, double seconds) {
    public static final List<String> SCHEDULES = List.of("constant", "step", "exponential", "cosine");
    public static final TrainConfig DEFAULTS = new TrainConfig(50_000, 0, 50, GanSettings.DEFAULTS.batchSize(),
            GanSettings.DEFAULTS.criticSteps(), GanSettings.DEFAULTS.halfBatch(), "constant", 10_000, 0.5, 0, 0, 0);

    public TrainConfig {
        // Too many to count is left to validate(), which names the keys.
        if (epochs > 0 && stepsPerEpoch > 0) iterations = (int) Math.min(Integer.MAX_VALUE, (long) epochs * stepsPerEpoch);
    }

    /** How one GAN step runs. */
    public GanSettings toGanSettings() {
        return new GanSettings(batchSize, criticSteps, halfBatch);
    }

    void validate() {
        Check.atLeast("train.iterations", iterations, 0);
        Check.atLeast("train.epochs", epochs, 0);
        Check.atLeast("train.stepsPerEpoch", stepsPerEpoch, 1);
        if ((long) epochs * stepsPerEpoch >= Integer.MAX_VALUE) {
            throw new ConfigException("train.epochs × train.stepsPerEpoch must be below 2,147,483,647, got " + epochs + " × " + stepsPerEpoch);
        }
        Check.nonNegative("train.seconds", seconds);
        Check.byLibrary("train", this::toGanSettings);
        Check.oneOf("train.schedule", schedule, SCHEDULES);
        Check.atLeast("train.scheduleEvery", scheduleEvery, 1);
        Check.positive("train.gamma", gamma);
        Check.atLeast("train.warmup", warmup, 0);
        Check.atLeast("train.patience", patience, 0);
    }
}
