package io.gan4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesBytes() throws IOException {
        Path target = dir.resolve("c.bin");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(namesIn(dir)).containsExactly("c.bin");
    }

    /** A run folder deleted mid-run must not come back half-filled: a missing folder is an error that names the file. */
    @Test
    void aMissingFolderIsAnErrorNamingTheFileNotAFolderMadeAgain() {
        Path target = dir.resolve("deleted-run/losses.csv");
        assertThatThrownBy(() -> AtomicFiles.writeString(target, "x"))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("does not exist (deleted or moved?)");
        assertThat(dir.resolve("deleted-run")).doesNotExist();
    }

    @Test
    void folderMakesOneLevelButNotAVanishedParent() throws IOException {
        assertThat(AtomicFiles.folder(dir.resolve("frames"))).isDirectory();
        assertThat(AtomicFiles.folder(dir.resolve("frames"))).as("again: nothing to do").isDirectory();
        assertThatThrownBy(() -> AtomicFiles.folder(dir.resolve("gone/checkpoints")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("gone does not exist");
    }

    /** What a killed writer left is removed when a run is resumed, and nothing else. */
    @Test
    void deleteLeftoversRemovesOnlyTemporaryFilesOfThisClass() throws IOException {
        Files.createDirectories(dir.resolve("frames"));
        Files.writeString(dir.resolve("frames/.frame-0500.png.20015-19.tmp"), "half");
        Files.writeString(dir.resolve(".losses.csv.7-1.tmp"), "half");
        Files.writeString(dir.resolve("frames/frame-0400.png"), "kept");
        Files.writeString(dir.resolve("notes.tmp"), "the user's");
        AtomicFiles.deleteLeftovers(dir);
        assertThat(namesIn(dir)).containsExactlyInAnyOrder("frames", "notes.tmp");
        assertThat(namesIn(dir.resolve("frames"))).containsExactly("frame-0400.png");
    }

    @Test
    void writesStringAsUtf8() throws IOException {
        Path target = dir.resolve("note.txt");
        AtomicFiles.writeString(target, "é∑");
        assertThat(Files.readAllBytes(target)).isEqualTo("é∑".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("state.json");
        AtomicFiles.writeString(target, "old and longer");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(namesIn(dir)).containsExactly("state.json");
    }

    @Test
    void failureMidwayKeepsTheOldFileAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("model.safetensors");
        AtomicFiles.writeString(target, "old content");
        IOException boom = new IOException("disk on fire");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]); // more than the buffer, so bytes really reach the temp file
            throw boom;
        })).as("said of the target, not of a temporary name").hasMessage(target + ": disk on fire").hasCause(boom);

        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(namesIn(dir)).containsExactly("model.safetensors");
    }

    @Test
    void uncheckedFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("x.bin");
        UncheckedIOException boom = new UncheckedIOException(new IOException("nope"));
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(7);
            throw boom;
        })).isSameAs(boom);
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void failedMoveLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x");
        assertThatThrownBy(() -> AtomicFiles.writeString(target, "data")).isInstanceOf(IOException.class);
        assertThat(namesIn(dir)).containsExactly("taken");
    }

    private static List<String> namesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
