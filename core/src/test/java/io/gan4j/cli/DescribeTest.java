package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class DescribeTest {
    @Test
    void numbersReadEasily() {
        assertThat(Describe.number(8)).isEqualTo("8");
        assertThat(Describe.number(0.0123456)).isEqualTo("0.01235");
        assertThat(Describe.number(1.5)).isEqualTo("1.5");
        assertThat(Describe.number(1e-30)).isEqualTo("1.000e-30");
        assertThat(Describe.number(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void durations() {
        assertThat(Describe.duration(3.21)).isEqualTo("3.2 s");
        assertThat(Describe.duration(125)).isEqualTo("2m 05s");
        assertThat(Describe.duration(3725)).isEqualTo("1h 02m");
    }

    @Test
    void errorMessagesNameTheFile() {
        assertThat(ErrorMessages.of(new NoSuchFileException("runs/x/config.yaml"))).isEqualTo("no such file: runs/x/config.yaml");
        assertThat(ErrorMessages.of(new UncheckedIOException("cannot write losses.csv", new NoSuchFileException("runs/x"))))
                .isEqualTo("cannot write losses.csv: no such file: runs/x");
        assertThat(ErrorMessages.of(new IllegalStateException("first\nsecond"))).isEqualTo("first");
    }
}
