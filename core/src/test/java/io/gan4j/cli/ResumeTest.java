package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.io.SafeTensors;
import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --resume} continues exactly: a run cut back to its middle checkpoint and resumed
 * ends with the same generator weights, bit for bit, and the same losses.csv as a straight run.
 * The schedule (warm-up then cosine) and a log interval that does not divide the checkpoint
 * interval make the test also cover listener state carried in checkpoints.
 */
class ResumeTest {
    private static final String[] SETTINGS = {"--set", "output.plotEvery=0", "--set", "output.frameEvery=0",
        "--set", "output.logEvery=7", "--set", "train.schedule=cosine", "--set", "train.warmup=5", "--set", "train.patience=50"};

    @TempDir
    Path dir;

    @Test
    void resumedRunEndsWithTheSameWeightsAsAStraightRun() throws IOException {
        Path straight = trained(dir.resolve("straight"));
        Path resumed = trained(dir.resolve("resumed"));
        // Back to the state after the checkpoint at iteration 30: the later checkpoint and final files are gone.
        Files.delete(resumed.resolve("checkpoints/checkpoint-00000060.safetensors"));
        for (String f : new String[] {"generator.safetensors", "discriminator.safetensors", "samples.csv"}) Files.delete(resumed.resolve(f));

        Cli eval = Cli.run("eval", "--run", resumed.toString());
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(eval.out()).as("without a final generator, the latest checkpoint")
                .contains("checkpoints/checkpoint-00000030.safetensors, iteration 30");

        Cli r = Cli.run("train", "--resume", resumed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("resuming " + resumed + " at iteration 30 of 60");
        assertThat(r.runFolder()).isEqualTo(resumed);

        assertBitIdentical(straight.resolve("generator.safetensors"), resumed.resolve("generator.safetensors"));
        assertBitIdentical(straight.resolve("discriminator.safetensors"), resumed.resolve("discriminator.safetensors"));
        assertThat(resumed.resolve("losses.csv")).hasSameTextualContentAs(straight.resolve("losses.csv"));
        assertThat(resumed.resolve("samples.csv")).hasSameTextualContentAs(straight.resolve("samples.csv"));
    }

    /** A truncated newest checkpoint is skipped, said so, and the run resumes from the one before, to the same bits. */
    @Test
    void aCorruptNewestCheckpointIsSkippedForTheOneBefore() throws IOException {
        Path straight = trained(dir.resolve("straight"));
        Path damaged = trained(dir.resolve("damaged"));
        Path newest = damaged.resolve("checkpoints/checkpoint-00000060.safetensors");
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(damaged.resolve("generator.safetensors"));

        Cli eval = Cli.run("eval", "--run", damaged.toString());
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(eval.err()).contains("gan4j: skipped checkpoints/checkpoint-00000060.safetensors (");
        assertThat(eval.out()).contains("checkpoints/checkpoint-00000030.safetensors, iteration 30");

        Cli r = Cli.run("train", "--resume", damaged.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("skipped checkpoints/checkpoint-00000060.safetensors (").contains("at iteration 30 of 60");
        assertBitIdentical(straight.resolve("generator.safetensors"), damaged.resolve("generator.safetensors"));
    }

    /**
     * Killed right after a checkpoint, before losses.csv caught up (here it keeps only its first rows): the rows up to
     * the checkpoint come back from the checkpoint, and the resumed losses.csv equals a straight run's.
     */
    @Test
    void lossesCsvRowsThatLaggedBehindTheCheckpointComeBack() throws IOException {
        Path straight = trained(dir.resolve("straight"));
        Path killed = trained(dir.resolve("killed"));
        Files.delete(killed.resolve("checkpoints/checkpoint-00000060.safetensors"));
        for (String f : new String[] {"generator.safetensors", "discriminator.safetensors", "samples.csv"}) Files.delete(killed.resolve(f));
        List<String> lines = Files.readAllLines(killed.resolve("losses.csv"));
        Files.write(killed.resolve("losses.csv"), lines.subList(0, 2));

        Cli r = Cli.run("train", "--resume", killed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(killed.resolve("losses.csv")).hasSameTextualContentAs(straight.resolve("losses.csv"));
    }

    /** A checkpoint whose bytes were changed in place no longer matches its checksum. */
    @Test
    void aFlippedBitBreaksTheChecksum() throws IOException {
        Path run = trained(dir.resolve("flipped"));
        Path cp = run.resolve("checkpoints/checkpoint-00000060.safetensors");
        byte[] bytes = Files.readAllBytes(cp);
        bytes[bytes.length - 3] ^= 0x10;
        Files.write(cp, bytes);
        Files.delete(run.resolve("generator.safetensors"));
        Cli eval = Cli.run("eval", "--run", run.toString());
        assertThat(eval.err()).contains("checkpoint-00000060.safetensors (").contains("do not match their checksum");
    }

    private Path trained(Path parent) {
        Cli r = Cli.trainTiny(parent, SETTINGS);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.runFolder();
    }

    private static void assertBitIdentical(Path a, Path b) throws IOException {
        Map<String, Tensor> ta = SafeTensors.read(a).tensors(), tb = SafeTensors.read(b).tensors();
        assertThat(tb.keySet()).isEqualTo(ta.keySet());
        ta.forEach((name, t) -> {
            float[] x = t.data(), y = tb.get(name).data();
            assertThat(y.length).isEqualTo(x.length);
            for (int i = 0; i < x.length; i++) {
                assertThat(Float.floatToRawIntBits(y[i])).as("%s[%d]", name, i).isEqualTo(Float.floatToRawIntBits(x[i]));
            }
        });
    }
}
