package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.data.IdxFixtures;
import io.gan4j.io.Npy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image run (the fashion-mlp preset, shrunk, on a tiny IDX data set) writes its grids of generated beside
 * real images, GIF frames and checkpoints, and resumed from its middle checkpoint ends with the same bits.
 */
class ImageRunTest {
    @TempDir
    Path dir;

    @Test
    void anImageRunWritesItsGridsAndResumesToTheSameBits() throws IOException {
        Path data = IdxFixtures.corners(dir.resolve("data"), 256, 8, 3);
        Path straight = train(dir.resolve("straight"), data), resumed = train(dir.resolve("resumed"), data);
        assertThat(straight.resolve("grid-20.png")).isRegularFile();
        assertThat(straight.resolve("grid-40.png")).isRegularFile();
        assertThat(straight.resolve("frames/frame-30.png")).isRegularFile();
        assertThat(straight.resolve("training.gif")).isRegularFile();
        assertThat(straight.resolve("samples.png")).isRegularFile();
        assertThat(Npy.read(straight.resolve("samples.npy")).shape()).containsExactly(50, 1, 8, 8);
        assertThat(straight.resolve("samples.csv")).doesNotExist();

        Files.delete(resumed.resolve("checkpoints/checkpoint-00000040.safetensors"));
        for (String f : new String[] {"generator.safetensors", "discriminator.safetensors"}) Files.delete(resumed.resolve(f));
        Cli r = Cli.run("train", "--resume", resumed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("at iteration 20 of 40");
        assertThat(Files.readAllBytes(resumed.resolve("generator.safetensors")))
                .isEqualTo(Files.readAllBytes(straight.resolve("generator.safetensors")));
        assertThat(resumed.resolve("losses.csv")).hasSameTextualContentAs(straight.resolve("losses.csv"));
    }

    @Test
    void sampleWritesAGridAnArrayOrOnePngPerImage() throws IOException {
        Path run = train(dir.resolve("runs"), IdxFixtures.corners(dir.resolve("data"), 64, 8, 4));
        assertThat(Cli.run("sample", "--run", run.toString(), "-n", "9", "--out", dir.resolve("grid.png").toString()).exit()).isZero();
        assertThat(dir.resolve("grid.png")).isRegularFile();
        assertThat(Cli.run("sample", "--run", run.toString(), "-n", "50", "--out", dir.resolve("s.npy").toString()).exit()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("s.npy"))).as("the run's seed and output.samples: samples.npy again")
                .isEqualTo(Files.readAllBytes(run.resolve("samples.npy")));
        assertThat(Cli.run("sample", "--run", run.toString(), "-n", "3", "--out", dir.resolve("each").toString()).exit()).isZero();
        try (var files = Files.list(dir.resolve("each"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("image-00000.png", "image-00001.png", "image-00002.png");
        }
        Cli noOut = Cli.run("sample", "--run", run.toString(), "-n", "3");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("this run makes images");
    }

    private static Path train(Path parent, Path data) {
        List<String> args = new ArrayList<>(List.of("train", "fashion-mlp", "--set", "data.path=" + data, "--set", "generator.hidden=16,16",
                "--set", "discriminator.hidden=16", "--set", "train.epochs=4", "--set", "train.stepsPerEpoch=10",
                "--set", "train.batchSize=16", "--set", "output.plotEvery=20", "--set", "output.frameEvery=10",
                "--set", "output.checkpointEvery=20", "--set", "output.logEvery=5", "--set", "output.samples=50",
                "--out", parent.toString()));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.runFolder();
    }
}
