package io.gan4j.data;

import java.nio.file.Path;

/** A data file that cannot be read or is malformed; the message starts with the file and says where and what. */
public final class DataFileException extends RuntimeException {
    private final transient Path file;

    public DataFileException(Path file, String problem) {
        super(file + problem);
        this.file = file;
    }

    public DataFileException(Path file, String problem, Throwable cause) {
        super(file + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
