package io.gan4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderDataTest {
    @TempDir
    Path dir;

    /** A w×h image whose every pixel has the grey level (or, with colour, the RGB value) given. */
    private static Path png(Path file, int w, int h, int type, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) image.setRGB(x, y, rgb);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void greyImagesInNameOrderScaledToPlusMinusOne() throws IOException {
        png(dir.resolve("b.png"), 4, 2, BufferedImage.TYPE_BYTE_GRAY, 0xFFFFFF);
        png(dir.resolve("a.png"), 4, 2, BufferedImage.TYPE_BYTE_GRAY, 0x000000);
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        ImageFolderData data = ImageFolderData.load(dir);
        assertThat(data.exampleShape()).containsExactly(1, 2, 4);
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.labels()).isNull();
        Tensor s = data.sample(200, new Rng(1));
        assertThat(s.shape()).containsExactly(200, 1, 2, 4);
        assertThat(s.data()).containsOnly(-1f, 1f).contains(-1f, 1f);
    }

    @Test
    void oneColourImageMakesEveryImageRgbAndSubFoldersAreClasses() throws IOException {
        png(dir.resolve("cats/1.png"), 3, 3, BufferedImage.TYPE_INT_RGB, 0xFF0000);
        png(dir.resolve("dogs/1.png"), 3, 3, BufferedImage.TYPE_BYTE_GRAY, 0xFFFFFF);
        png(dir.resolve("dogs/2.png"), 3, 3, BufferedImage.TYPE_BYTE_GRAY, 0x000000);
        ImageFolderData data = ImageFolderData.load(dir);
        assertThat(data.exampleShape()).containsExactly(3, 3, 3);
        assertThat(data.classes()).containsExactly("cats", "dogs");
        assertThat(data.labels()).containsExactly(0, 1, 1);
        Tensor red = data.sample(40, new Rng(2));
        boolean sawRed = false;
        for (int k = 0; k < 40; k++) {
            float r = red.data()[k * 27], g = red.data()[k * 27 + 9], b = red.data()[k * 27 + 18];
            if (r == 1f && g == -1f && b == -1f) sawRed = true;
            else assertThat(r).as("grey images: equal planes").isEqualTo(g).isEqualTo(b);
        }
        assertThat(sawRed).isTrue();
    }

    @Test
    void everyBadFolderOrFileIsNamed() throws IOException {
        assertThatThrownBy(() -> ImageFolderData.load(dir.resolve("missing"))).isInstanceOf(DataFileException.class)
                .hasMessage(dir.resolve("missing") + ": not a folder of PNG images");
        assertThatThrownBy(() -> ImageFolderData.load(dir)).hasMessage(dir + ": holds no .png images");

        png(dir.resolve("a.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, 0);
        Path odd = png(dir.resolve("b.png"), 5, 4, BufferedImage.TYPE_BYTE_GRAY, 0);
        assertThatThrownBy(() -> ImageFolderData.load(dir)).isInstanceOf(DataFileException.class)
                .hasMessage(odd + ": is 5x4, the folder's first image (a.png) 4x4; all must be one size");

        Files.delete(odd);
        Path broken = dir.resolve("c.png");
        Files.write(broken, new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> ImageFolderData.load(dir)).isInstanceOf(DataFileException.class).hasMessageStartingWith(broken + ": not a readable PNG image");
    }
}
