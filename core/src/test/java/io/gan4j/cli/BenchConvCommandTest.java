package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchConvCommandTest {
    @Test
    void printsOneLinePerLayerAndDirectionThenASummary() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("bench", "conv", "--batch", "1", "--warmup", "0", "--runs", "1", "--threads", "1");
        } finally {
            System.setOut(saved);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertThat(code).isZero();
        assertThat(lines).hasSize(9);
        assertThat(lines[0]).startsWith("D conv 1->64 28->14").contains("forward").contains("GFLOP/s");
        assertThat(lines[7]).startsWith("G convT 64->1 14->28").contains("backward");
        assertThat(lines[8]).startsWith("total (batch 1, 1 threads)");
    }

    @Test
    void rejectsAZeroBatchAsAUsageError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("bench", "conv", "--batch", "0");
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("batch 0");
    }
}
