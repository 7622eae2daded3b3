package io.gan4j.tensor;

/** A shape mistake; the message names the op and the shapes involved. */
public final class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) {
        super(message);
    }
}
