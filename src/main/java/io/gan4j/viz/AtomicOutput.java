package io.gan4j.viz;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written under a temporary name in the target's directory and moved into place only on
 * {@link #commit}, so a reader never sees half a picture. Closing without committing deletes the
 * temporary file. (Stands in for {@code io.gan4j.tensor.AtomicFiles} until that is merged.)
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean done;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    static AtomicOutput open(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            makeReadable(temp);
            return new AtomicOutput(absolute, temp, new BufferedOutputStream(Files.newOutputStream(temp)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a temporary file next to " + target, e);
        }
    }

    /** Temporary files start owner-only; the finished picture should be as readable as any other file. */
    private static void makeReadable(Path temp) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    OutputStream stream() {
        return stream;
    }

    /** Flushes, closes and moves the temporary file onto the target. */
    void commit() {
        try {
            stream.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public void close() {
        if (done) return;
        done = true;
        try {
            stream.close();
        } catch (IOException ignored) {
            // the temporary file is deleted below anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary file " + temp, e);
        }
    }
}
