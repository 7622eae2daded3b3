package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
    @Test
    void aFileInTheWayOfADirectoryKeepsWhatWasBeingWritten() {
        var e = new UncheckedIOException("cannot open a temporary file next to /run/frames/frame-2000.png",
                new FileAlreadyExistsException("/run/frames"));
        assertThat(ErrorMessages.of(e))
                .isEqualTo("cannot open a temporary file next to /run/frames/frame-2000.png: already exists: /run/frames");
    }

    @Test
    void aCauseThatOnlyRepeatsTheMessageIsNotRepeated() {
        var e = new UncheckedIOException("no such file: /data/x.csv", new NoSuchFileException("/data/x.csv"));
        assertThat(ErrorMessages.of(e)).isEqualTo("no such file: /data/x.csv");
    }

    @Test
    void aFullDiskNamesTheFileOnce() {
        var e = new UncheckedIOException("cannot write /run/losses.csv",
                new FileSystemException("/run/losses.csv", null, "No space left on device"));
        assertThat(ErrorMessages.of(e)).isEqualTo("cannot write /run/losses.csv: No space left on device");
    }

    @Test
    void aCheckpointThatCannotBeWrittenSaysWhichIterationAndFile() {
        var e = new UncheckedIOException("cannot write the checkpoint of iteration 1000",
                new FileSystemException("/run/checkpoints/checkpoint-00001000.safetensors", null, "Read-only file system"));
        assertThat(ErrorMessages.of(e))
                .isEqualTo("cannot write the checkpoint of iteration 1000: /run/checkpoints/checkpoint-00001000.safetensors: Read-only file system");
    }
}
