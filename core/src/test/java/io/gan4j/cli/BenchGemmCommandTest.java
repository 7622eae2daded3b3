package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchGemmCommandTest {
    @Test
    void lastLineGivesShapeThreadsAndMedian() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("bench", "gemm", "--m", "12", "--k", "7", "--n", "40", "--threads", "2", "--runs", "3", "--warmup-ms", "0");
        } finally {
            System.setOut(saved);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertThat(code).isZero();
        assertThat(lines).filteredOn(l -> l.startsWith("run ")).hasSize(3);
        assertThat(lines[lines.length - 1]).matches("gemm 12x7x40 threads=2: \\d+\\.\\d GFLOP/s");
    }

    @Test
    void rejectsZeroSizesAsUsageError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("bench", "gemm", "--m", "0", "--warmup-ms", "0");
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sizes must be >= 1, got 0x1024x1024");
    }
}
