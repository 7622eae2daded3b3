package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.io.SafeTensors;
import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
