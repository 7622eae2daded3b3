package io.gan4j.tensor;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files atomically: the content goes to a temporary file in the target's directory, is
 * forced to disk, then moved over the target with {@code ATOMIC_MOVE, REPLACE_EXISTING}. Readers
 * therefore see either the old file or the complete new one. On any failure the temporary file
 * is deleted and the old target is left untouched, and the error names the target, not the temporary file.
 *
 * <p>The target's folder must exist: a run folder deleted while training is an error, not a folder
 * quietly made again with half a run in it. {@link #folder} makes one level where one is expected.
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
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.\\d+-\\d+\\.tmp");
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
            try {
                content.writeTo(out.stream());
            } catch (IOException e) {
                throw naming(target.toAbsolutePath(), e);
            }
            out.commit();
        }
    }

    /** Makes {@code dir} if it is missing, but not its parent: writing into a folder that vanished stays an error. */
    public static Path folder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return dir;
        try {
            return Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            return dir;
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(dir.toString(), null, "cannot make this folder: " + dir.getParent() + " does not exist (deleted or moved?)");
        }
    }

    /**
     * Deletes the temporary files that a killed writer left in {@code dir} and its subfolders (a run folder, when
     * resuming it). Only names of the form this class makes are touched.
     */
    public static void deleteLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path p : files.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * A file being written under a temporary name next to {@code target}, for writers that produce it piece by piece
     * (a GIF, frame by frame): {@link Output#commit} moves it into place, closing without committing deletes it.
     */
    public static Output open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(absolute.toString(), null, "its folder " + directory + " does not exist (deleted or moved?)");
        }
        Path temp = createTemp(absolute, directory);
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
            this.stream = new BufferedOutputStream(new NamingStream(Channels.newOutputStream(channel), target), 1 << 16);
        }

        /** Buffered; do not close it. */
        public OutputStream stream() {
            return stream;
        }

        /** Flushes to the disk and moves the file onto the target, replacing what was there. */
        public void commit() throws IOException {
            try {
                stream.flush();
                channel.force(true);
                stream.close();
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw naming(target, e);
            }
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

    /** Passes writes through; a failure (a full disk) becomes one that names the target instead of the temporary file. */
    private static final class NamingStream extends FilterOutputStream {
        private final Path target;

        NamingStream(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw naming(target, e);
            }
        }
    }

    /** The same failure, said of {@code target}: "No space left on device", "Read-only file system". */
    private static IOException naming(Path target, IOException e) {
        if (e instanceof FileSystemException f && target.toString().equals(f.getFile())) return e;
        String reason = e instanceof NoSuchFileException ? "its folder " + target.getParent() + " does not exist (deleted or moved?)"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        FileSystemException named = new FileSystemException(target.toString(), null, reason);
        named.initCause(e);
        return named;
    }

    // Files.createTempFile would give the final file owner-only permissions; CREATE_NEW keeps the usual ones.
    private static Path createTemp(Path target, Path directory) throws IOException {
        String name = target.getFileName().toString();
        long pid = ProcessHandle.current().pid();
        for (int i = 0; i < MAX_NAME_TRIES; i++) {
            Path temp = directory.resolve("." + name + "." + pid + "-" + TEMP_COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer holds this name; try the next one
            } catch (IOException e) {
                throw naming(target, e);
            }
        }
        throw new IOException("cannot create a temporary file for " + name + " in " + directory);
    }
}
