package io.gan4j.io;

import java.io.IOException;

/**
 * A checkpoint that cannot be read or does not fit what is asked of it. The message starts with
 * {@code checkpoint <source>:} and then names the tensor or field at fault. It is an
 * {@link IOException} because it reports bad external data, like the I/O errors around it.
 */
public final class CheckpointException extends IOException {
    private final String source;

    public CheckpointException(String source, String detail) {
        super("checkpoint " + source + ": " + detail);
        this.source = source;
    }

    public CheckpointException(String source, String detail, Throwable cause) {
        super("checkpoint " + source + ": " + detail, cause);
        this.source = source;
    }

    /** The file (or in-memory name) the checkpoint came from. */
    public String source() {
        return source;
    }
}
