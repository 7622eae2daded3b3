package io.gan4j.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Spark commands' bad input: one line naming the file and the problem, exit 1 (2 for usage), before Spark starts. */
class SparkCliTest {
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = SparkMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheSparkCommandsBesideTheCoresOnes() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("sweep").contains("sample").contains("train").contains("serve");
        assertThat(run("sweep", "--help").out()).contains("--master").contains("Sweep file:");
    }

    @Test
    void aMissingOrBadSweepFileIsNamed(@TempDir Path dir) throws Exception {
        Result missing = run("sweep", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("gan4j: ").contains("nope.yaml");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "base: quadratic\naxes: {generatorOptimizer.lr: [0.001]}\nsearches: grid\n");
        Result r = run("sweep", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ": unknown field 'searches'");
        assertThat(run("sweep", bad.toString(), "--parallel", "0").err()).contains("--parallel must be at least 1, got 0");
    }

    @Test
    void parquetSamplingNamesAMissingRunFolder(@TempDir Path dir) {
        Result r = run("sample", "--run", dir.resolve("gone").toString(), "-n", "10", "--out", dir.resolve("x.parquet").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is not a run folder");
        assertThat(run("sample", "--run", dir.toString(), "-n", "0", "--out", "x.parquet").err()).contains("-n must be at least 1, got 0");
    }
}
