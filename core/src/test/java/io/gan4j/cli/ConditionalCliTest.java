package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conditional run from the command line: samples.csv with a label column, sample --label, per-class metrics, errors. */
class ConditionalCliTest {
    @TempDir
    static Path dir;
    private static Path run;

    @BeforeAll
    static void train() {
        Cli r = Cli.run("train", "cgan-functions", "--set", "train.iterations=40", "--set", "generator.hidden=16,16",
                "--set", "discriminator.hidden=16,16", "--set", "train.batchSize=32", "--set", "output.samples=8",
                "--set", "output.plotEvery=20", "--set", "output.frameEvery=20", "--set", "output.evalEvery=20", "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("residual_share.sine").contains("x_coverage.abs");
        run = r.runFolder();
    }

    @Test
    void samplesCsvNamesEachRowsClassInTurn() throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("samples.csv"));
        assertThat(lines.get(0)).isEqualTo("x,y,label");
        assertThat(lines.subList(1, 5)).extracting(l -> l.substring(l.lastIndexOf(',') + 1)).containsExactly("quadratic", "sine", "cubic", "abs");
        assertThat(Files.readString(run.resolve("model.json"))).contains("\"classes\" : [ \"quadratic\", \"sine\", \"cubic\", \"abs\" ]");
    }

    @Test
    void sampleDrawsTheClassAskedForByNameOrIndex() {
        Cli byName = Cli.run("sample", "--run", run.toString(), "-n", "3", "--label", "cubic");
        assertThat(byName.exit()).as(byName.err()).isZero();
        assertThat(byName.outLines()).hasSize(4).allSatisfy(l -> assertThat(l).endsWith(l.startsWith("x,") ? "label" : ",cubic"));
        Cli byIndex = Cli.run("sample", "--run", run.toString(), "-n", "3", "--label", "2");
        assertThat(byIndex.out()).isEqualTo(byName.out());
    }

    @Test
    void anUnknownLabelIsAUsageErrorNamingTheClasses() {
        Cli r = Cli.run("sample", "--run", run.toString(), "-n", "3", "--label", "tangent");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--label: no class 'tangent'").contains("(classes: quadratic, sine, cubic, abs; or an index 0-3)");
    }

    @Test
    void aLabelForAnUnconditionalRunIsAUsageError() {
        Cli plain = Cli.trainTiny(dir.resolve("plain"));
        Cli r = Cli.run("sample", "--run", plain.runFolder().toString(), "-n", "3", "--label", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not a conditional run");
    }
}
