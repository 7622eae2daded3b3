package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code gan4j serve}'s options; the server itself is tested in io.gan4j.web. */
class ServeCommandTest {
    @Test
    void helpNamesTheOptionsAndTheirDefaults() {
        Cli c = Cli.run("serve", "--help");
        assertThat(c.exit()).isZero();
        // picocli wraps long lines: compare with the line breaks and indents as single spaces.
        assertThat(c.out().replaceAll("\\s+", " ")).contains("--port", "default: 8080", "--host", "default: 127.0.0.1", "--out", "default: runs");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli c = Cli.run("serve", "--port", "70000");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("--port must be 0 to 65535, got 70000");
    }

    @Test
    void theTopLevelHelpListsServe() {
        assertThat(Cli.run("--help").out()).contains("serve");
    }
}
