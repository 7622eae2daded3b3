package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.data.IdxFixtures;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small image GAN learns: 8×8 images with a bright square in one of four corners, read from IDX files as
 * Fashion-MNIST is, by a WGAN-GP (with these settings BCE and least squares draw two corners, or one). The measure counts a generated image as good when it is near one corner's image, and
 * asks for good images of all four corners: a generator that collapsed onto one corner, or one that draws
 * noise, fails it (checked on such sets first).
 */
class ImageGanLearningTest {
    private static final int SIZE = 8;

    @TempDir
    Path dir;

    @Test
    void aSmallImageGanDrawsAllFourCorners() {
        assertThat(Corners.of(collapsed(400)).modes()).as("a collapsed generator").isEqualTo(1);
        assertThat(Corners.of(Tensor.uniform(new Rng(1), -1f, 1f, 400, 1, SIZE, SIZE)).goodShare()).as("noise").isLessThan(0.05);

        Path data = IdxFixtures.corners(dir.resolve("corners"), 512, SIZE, 7);
        RunConfig config = ConfigLoader.preset("fashion-mlp", List.of("data.path=" + data, "latent.size=8",
                "generator.hidden=64,64", "discriminator.hidden=64,64", "generator.batchNorm=false",
                "generatorOptimizer.lr=0.001", "discriminatorOptimizer.lr=0.001", "train.epochs=0", "train.iterations=1500",
                "train.batchSize=64", "objective.kind=wgan_gp", "objective.lambda=1", "train.criticSteps=3"));
        GanFactory.Setup setup = GanFactory.build(config);
        Outcome outcome = new Trainer(setup.gan(), config.seed(), config.train().iterations(), List.of()).run();
        assertThat(outcome.status()).isEqualTo(Outcome.Status.COMPLETED);

        Corners learned = Corners.of(setup.gan().sample(400, new Rng(11)));
        assertThat(learned.modes()).as("corners drawn").isEqualTo(4);
        assertThat(learned.goodShare()).as("share of images near a corner's").isGreaterThan(0.8);
    }

    private static Tensor collapsed(int n) {
        float[] one = pixels(IdxFixtures.corner(2, SIZE));
        float[] all = new float[n * one.length];
        for (int i = 0; i < n; i++) System.arraycopy(one, 0, all, i * one.length, one.length);
        return Tensor.of(all, n, 1, SIZE, SIZE);
    }

    private static float[] pixels(byte[] bytes) {
        float[] out = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) out[i] = (bytes[i] & 0xFF) / 127.5f - 1f;
        return out;
    }

    /** Images near a corner's (mean absolute difference below 0.25 on [−1, 1] pixels), and how many corners they cover. */
    private record Corners(double goodShare, int modes) {
        static Corners of(Tensor images) {
            int n = images.dim(0), pixels = SIZE * SIZE;
            int[] perCorner = new int[4];
            int good = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 4; c++) {
                    float[] t = pixels(IdxFixtures.corner(c, SIZE));
                    double diff = 0;
                    for (int p = 0; p < pixels; p++) diff += Math.abs(images.data()[i * pixels + p] - t[p]);
                    if (diff / pixels < 0.25) {
                        good++;
                        perCorner[c]++;
                        break;
                    }
                }
            }
            int modes = 0;
            for (int count : perCorner) if (count >= 0.1 * n) modes++;
            return new Corners((double) good / n, modes);
        }
    }
}
