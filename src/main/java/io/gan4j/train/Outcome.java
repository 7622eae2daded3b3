package io.gan4j.train;

/** How a training run ended. */
public record Outcome(Status status, int iterations, String message) {
    public enum Status { COMPLETED, STOPPED_EARLY, DIVERGED }

    public boolean diverged() {
        return status == Status.DIVERGED;
    }
}
