package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.data.IdxFixtures;
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

        Files.delete(resumed.resolve("checkpoints/checkpoint-00000040.safetensors"));
        for (String f : new String[] {"generator.safetensors", "discriminator.safetensors"}) Files.delete(resumed.resolve(f));
        Cli r = Cli.run("train", "--resume", resumed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("at iteration 20 of 40");
        assertThat(Files.readAllBytes(resumed.resolve("generator.safetensors")))
                .isEqualTo(Files.readAllBytes(straight.resolve("generator.safetensors")));
        assertThat(resumed.resolve("losses.csv")).hasSameTextualContentAs(straight.resolve("losses.csv"));
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
