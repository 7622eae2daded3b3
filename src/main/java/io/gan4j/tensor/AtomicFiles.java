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
        try (Output out = open(target)) {
            content.writeTo(out.stream());
            out.commit();
        }
    }

    /**
     * A file being written under a temporary name next to {@code target}, for writers that produce it piece by piece
     * (a GIF, frame by frame): {@link Output#commit} moves it into place, closing without committing deletes it.
     */
    public static Output open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            return new Output(absolute, temp, channel);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** See {@link #open}. */
    public static final class Output implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean done;

        private Output(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        /** Buffered; do not close it. */
        public OutputStream stream() {
            return stream;
        }

        /** Flushes to the disk and moves the file onto the target, replacing what was there. */
        public void commit() throws IOException {
            stream.flush();
            channel.force(true);
            stream.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        }

        /** Without a commit: deletes the temporary file, leaving the target as it was. */
        @Override
        public void close() {
            if (done) return;
            done = true;
            try {
                stream.close();
            } catch (IOException ignored) {
                // the temporary file is deleted below either way
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do: the target is untouched
            }
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
