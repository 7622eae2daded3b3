package io.gan4j.optim;

/** Validation of hyperparameters: a bad value is rejected with its name and value. */
final class Hyper {
    private Hyper() {}

    static void positive(String name, float v) {
        if (!(v > 0) || !Float.isFinite(v)) throw new IllegalArgumentException(name + " must be positive and finite, got " + v);
    }

    static void nonNegative(String name, float v) {
        if (!(v >= 0) || !Float.isFinite(v)) throw new IllegalArgumentException(name + " must be >= 0 and finite, got " + v);
    }

    /** In [0, 1). */
    static void unitInterval(String name, float v) {
        if (!(v >= 0 && v < 1)) throw new IllegalArgumentException(name + " must be in [0, 1), got " + v);
    }

    /** In (0, 1]: a decay factor. */
    static void decayFactor(String name, float v) {
        if (!(v > 0 && v <= 1)) throw new IllegalArgumentException(name + " must be in (0, 1], got " + v);
    }

    static void positive(String name, long v) {
        if (v <= 0) throw new IllegalArgumentException(name + " must be positive, got " + v);
    }

    static void nonNegative(String name, long v) {
        if (v < 0) throw new IllegalArgumentException(name + " must be >= 0, got " + v);
    }
}
