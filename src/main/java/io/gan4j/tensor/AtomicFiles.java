package io.gan4j.tensor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files atomically: the content goes to a temporary file in the target's directory, is
 * forced to disk, then moved over the target with {@code ATOMIC_MOVE, REPLACE_EXISTING}. Readers
 * therefore see either the old file or the complete new one. On any failure the temporary file
 * is deleted and the old target is left untouched. Missing parent directories are created.
 *
 * <p>Lives in the tensor package, the lowest layer, so every layer may use it.
 */
public final class AtomicFiles {
    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final AtomicLong TEMP_COUNTER = new AtomicLong();
    private static final int MAX_NAME_TRIES = 1000;

    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} encoded as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes whatever {@code content} puts into the stream it is given (buffered; do not close it). */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            writeAndForce(temp, content);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (Throwable failure) {
            deleteAfterFailure(temp, failure);
            throw failure;
        }
    }

    private static void deleteAfterFailure(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private static void writeAndForce(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    // Files.createTempFile would give the final file owner-only permissions; CREATE_NEW keeps the usual ones.
    private static Path createTemp(Path directory, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int i = 0; i < MAX_NAME_TRIES; i++) {
            Path temp = directory.resolve("." + name + "." + pid + "-" + TEMP_COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer holds this name; try the next one
            }
        }
        throw new IOException("cannot create a temporary file for " + name + " in " + directory);
    }
}
