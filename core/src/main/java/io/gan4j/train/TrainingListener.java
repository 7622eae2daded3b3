package io.gan4j.train;

/**
 * Everything a training run does besides training — logs, plots, GIFs, checkpoints, schedules,
 * early stopping, the dashboard feed — is a listener; the loop only computes and notifies.
 */
public interface TrainingListener {
    /** Before the first iteration of this run (iteration = iterations already done, 0 unless resuming). */
    default void onStart(TrainingContext context) {}

    /** Before iteration {@code context.iteration() + 1} runs (e.g. to set a learning rate). */
    default void beforeStep(TrainingContext context) {}

    /** After an iteration: {@code context.iteration()} iterations are done, {@code result} is its figures. */
    default void afterStep(TrainingContext context, StepResult result) {}

    /**
     * Someone asked to save now, between steps (the dashboard's save button): write what a checkpoint
     * iteration would write. Called on the training thread.
     */
    default void onSave(TrainingContext context) {}

    /** Once, at the end, whatever the outcome. */
    default void onEnd(TrainingContext context, Outcome outcome) {}
}
