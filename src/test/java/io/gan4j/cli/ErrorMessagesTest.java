package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
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
}
