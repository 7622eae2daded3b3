package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.tensor.Engine;
import io.gan4j.train.config.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages: 2 for bad usage, 1 for other errors, one line on stderr without a stack trace. */
class CliErrorsTest {
    @TempDir
    Path dir;

    @Test
    void unknownPresetIsAUsageError() {
        Cli r = Cli.run("train", "quadratc", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("gan4j: no preset named 'quadratc' (presets: quadratic, sine,").contains("gan4j train --help");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void unknownSetKeyIsAUsageErrorNamingTheKey() {
        Cli r = Cli.run("train", "--set", "train.iteratons=5", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown key 'train.iteratons'").contains("train.iterations");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void valueOfTheWrongTypeIsAUsageErrorNamingTheKey() {
        Cli r = Cli.run("train", "--set", "train.iterations=many", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("train.iterations").doesNotContain("\tat ");
    }

    @Test
    void invalidValueIsAUsageError() {
        Cli r = Cli.run("train", "--set", "train.batchSize=0", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("train.batchSize must be at least 1, got 0");
    }

    @Test
    void patienceWithoutEvaluationsIsAUsageError() {
        Cli r = Cli.run("train", "--set", "train.patience=3", "--set", "output.evalEvery=0", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("train.patience needs evaluations to count");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("train", "--iterations", "5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--iterations'");
    }

    @Test
    void missingConfigFileIsAnError() {
        Cli r = Cli.run("train", dir.resolve("nothing.yaml").toString(), "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("gan4j: ").contains("nothing.yaml").doesNotContain("\tat ");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws IOException {
        Path yaml = dir.resolve("broken.yaml");
        Files.writeString(yaml, "name: broken\ntrain: {iterations: 10\n");
        Cli r = Cli.run("train", yaml.toString(), "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("broken.yaml").contains("line ");
    }

    @Test
    void malformedCsvDataNamesTheLine() throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y\n1,2\n3,four\n5,6\n");
        Cli r = Cli.run("train", "--set", "data.kind=csv", "--set", "data.file=" + csv, "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("gan4j: ").contains("points.csv").contains("line 3");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void csvDataRunIsNamedAfterItsFile() throws IOException {
        Path csv = dir.resolve("wind speeds.csv");
        Files.writeString(csv, "speed,gust\n1,2\n3,5\n4,4\n2,3\n");
        Cli r = Cli.trainTiny(dir, "--set", "data.kind=csv", "--set", "data.file=" + csv, "--set", "train.iterations=2",
                "--set", "output.plotEvery=0", "--set", "output.frameEvery=0", "--set", "output.samples=20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.runFolder().getFileName().toString()).endsWith("-wind_speeds");
        assertThat(r.runFolder().resolve("samples.csv")).content().startsWith("speed,gust\n");
        assertThat(r.runFolder().resolve("config.yaml")).content().contains("file: " + csv.toAbsolutePath());
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y\n1,2\n3,four\n");
        Cli r = Cli.run("train", "--set", "data.kind=csv", "--set", "data.file=" + csv, "--out", dir.toString(), "--verbose");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 3").contains("\tat io.gan4j.");
    }

    @Test
    void resumeTakesNoOverrides() {
        Cli r = Cli.run("train", "--resume", dir.toString(), "--set", "train.iterations=5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--resume");
    }

    @Test
    void resumeOfAFolderThatIsNoRunIsAnError() {
        Cli r = Cli.run("train", "--resume", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gan4j: " + dir + " is not a run folder: it has no config.yaml\n");
    }

    @Test
    void sampleAndEvalNeedARunFolder() {
        assertThat(Cli.run("sample", "--run", dir.toString(), "-n", "3").exit()).isEqualTo(1);
        Cli eval = Cli.run("eval", "--run", dir.toString());
        assertThat(eval.exit()).isEqualTo(1);
        assertThat(eval.err()).contains("is not a run folder");
        assertThat(Cli.run("sample", "--run", dir.toString()).exit()).as("missing -n").isEqualTo(2);
    }

    @Test
    void presetsListsEveryPresetWithTheDefaultMarked() {
        Cli r = Cli.run("presets");
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(1 + Presets.NAMES.size());
        assertThat(r.outLines().get(0)).startsWith("NAME").contains("DESCRIPTION");
        assertThat(r.outLines().get(1)).startsWith("quadratic ").endsWith("(default)");
        assertThat(r.out()).contains("sine ", "simple-gan ", "wgan-clip ", "wgan-gp-ring ", "fashion-mlp ", "dcgan-fashion ");
    }

    @Test
    void helpAndVersion() {
        for (String cmd : new String[] {"train", "presets", "sample", "eval"}) {
            Cli r = Cli.run(cmd, "--help");
            assertThat(r.exit()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).startsWith("Usage: gan4j " + cmd);
        }
        Cli v = Cli.run("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("gan4j ");
    }

    @Test
    void threadsMustBeAtLeastOneAndSetTheEngine() {
        int saved = Engine.threads();
        try {
            Cli zero = Cli.run("train", "--threads", "0");
            assertThat(zero.exit()).isEqualTo(2);
            assertThat(zero.err()).contains("--threads must be at least 1, got 0");
            assertThat(Cli.run("eval", "--threads", "1", "--run", "/nonexistent").exit()).as("a missing run is exit 1").isEqualTo(1);
            assertThat(Engine.threads()).isEqualTo(1);
        } finally {
            Engine.setThreads(saved);
        }
    }
}
