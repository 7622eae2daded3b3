package io.gan4j.spark;

/** A sweep file or folder that cannot be used; the message names the file and the field. */
public final class SweepException extends RuntimeException {
    public SweepException(String message) {
        super(message);
    }
}
