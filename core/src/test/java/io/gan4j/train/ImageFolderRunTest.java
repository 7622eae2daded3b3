package io.gan4j.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Rng;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import io.gan4j.train.config.RunConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data.kind: images} trains a DCGAN on a folder of the user's PNGs; without a folder the config says so. */
class ImageFolderRunTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfPngsTrainsADcgan() throws IOException {
        for (int i = 0; i < 6; i++) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(i, i, 0x40C0FF);
            ImageIO.write(image, "png", dir.resolve("img-" + i + ".png").toFile());
        }
        RunConfig config = ConfigLoader.preset("dcgan-fashion", List.of("data.kind=images", "data.path=" + dir, "generator.channels=4",
                "discriminator.channels=4", "latent.size=8", "train.epochs=0", "train.iterations=3", "train.batchSize=4"));
        GanFactory.Setup setup = GanFactory.build(config);
        assertThat(setup.data().exampleShape()).containsExactly(3, 8, 8);
        assertThat(new Trainer(setup.gan(), config.seed(), 3, List.of()).run().status()).isEqualTo(Outcome.Status.COMPLETED);
        assertThat(setup.gan().sample(2, new Rng(1)).shape()).containsExactly(2, 3, 8, 8);

        assertThatThrownBy(() -> ConfigLoader.preset("dcgan-fashion", List.of("data.kind=images"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("data.path must name a folder of PNG images");
    }
}
