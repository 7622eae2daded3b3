package io.gan4j.train;

/** How a training run ended. */
public record Outcome(Status status, int iterations, String message) {
    /**
     * COMPLETED and STOPPED_EARLY leave usable networks; DIVERGED (a NaN or infinity) and FAILED (an exception
     * during a step or a listener, possibly halfway through an update) do not.
     */
    public enum Status { COMPLETED, STOPPED_EARLY, DIVERGED, FAILED }

    public boolean diverged() {
        return status == Status.DIVERGED;
    }

    /** Whether the networks are fit to be saved, sampled or drawn (not after a divergence or a failure). */
    public boolean networksUsable() {
        return status == Status.COMPLETED || status == Status.STOPPED_EARLY;
    }
}
