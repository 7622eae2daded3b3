package io.gan4j.train;

/** What listeners see of a running training: the GAN, progress, and a way to ask it to stop. */
public final class TrainingContext {
    private final Gan gan;
    private final long seed;
    private final int totalIterations;
    private int iteration;
    private String stopReason;
    private Runnable save = () -> {};

    TrainingContext(Gan gan, long seed, int startIteration, int totalIterations) {
        this.gan = gan;
        this.seed = seed;
        this.iteration = startIteration;
        this.totalIterations = totalIterations;
    }

    public Gan gan() {
        return gan;
    }

    public long seed() {
        return seed;
    }

    /** Iterations completed so far. */
    public int iteration() {
        return iteration;
    }

    public int totalIterations() {
        return totalIterations;
    }

    /** Asks the loop to stop after the current iteration (early stopping); the first reason wins. */
    public void requestStop(String reason) {
        if (stopReason == null) stopReason = reason;
    }

    /** Tells every listener to save now ({@link TrainingListener#onSave}); call it only from the training thread. */
    public void saveNow() {
        save.run();
    }

    void onSave(Runnable save) {
        this.save = save;
    }

    /** The reason someone asked the loop to stop, or null. */
    public String stopRequested() {
        return stopReason;
    }

    String stopReason() {
        return stopReason;
    }

    void advance() {
        iteration++;
    }
}
