package io.gan4j.train;

import io.gan4j.optim.LrSchedule;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.TrainConfig;

/**
 * Sets both optimizers' learning rates before every iteration from a schedule of the iteration
 * index (not of the optimizers' step counts, which differ with several critic steps). Being a pure
 * function of the iteration, a resumed run gets the same rates as an uninterrupted one.
 */
public final class LrScheduleListener implements TrainingListener {
    private final LrSchedule schedule;
    private final float generatorBase;
    private final float discriminatorBase;

    public LrScheduleListener(LrSchedule schedule, float generatorBase, float discriminatorBase) {
        this.schedule = schedule;
        this.generatorBase = generatorBase;
        this.discriminatorBase = discriminatorBase;
    }

    /** The schedule {@code train.schedule}, {@code scheduleEvery}, {@code gamma} and {@code warmup} describe. */
    public static LrSchedule of(TrainConfig t) {
        if (!t.schedule().equals("constant") && !t.schedule().equals("cosine") && !(t.gamma() > 0 && t.gamma() <= 1)) {
            throw new ConfigException("train.gamma must be in (0, 1] for the " + t.schedule() + " schedule, got " + t.gamma());
        }
        int afterWarmup = Math.max(1, t.iterations() - t.warmup());
        LrSchedule main = switch (t.schedule()) {
            case "step" -> LrSchedule.step(t.scheduleEvery(), (float) t.gamma());
            case "exponential" -> LrSchedule.exponential((float) t.gamma());
            case "cosine" -> LrSchedule.cosine(afterWarmup, 0f);
            default -> LrSchedule.constant();
        };
        return t.warmup() > 0 ? LrSchedule.warmup(t.warmup(), main) : main;
    }

    /** Whether a config's schedule ever changes the learning rate. */
    public static boolean isConstant(TrainConfig t) {
        return t.schedule().equals("constant") && t.warmup() == 0;
    }

    @Override
    public void beforeStep(TrainingContext context) {
        long i = context.iteration();
        context.gan().generatorOptimizer().setLearningRate(schedule.lr(i, generatorBase));
        context.gan().discriminatorOptimizer().setLearningRate(schedule.lr(i, discriminatorBase));
    }
}
