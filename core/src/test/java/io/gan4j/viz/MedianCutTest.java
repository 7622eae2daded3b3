package io.gan4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

class MedianCutTest {
    @Test
    void fewDistinctColoursSurviveExactly() {
        int[] colours = {0xFFFFFF, 0x009E73, 0xD55E00, 0x0072B2, 0x222222};
        BufferedImage img = new BufferedImage(50, 10, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 50; x++) for (int y = 0; y < 10; y++) img.setRGB(x, y, colours[x / 10]);

        BufferedImage indexed = MedianCut.toIndexed(img);
        assertThat(indexed.getType()).isEqualTo(BufferedImage.TYPE_BYTE_INDEXED);
        assertThat(((IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(5);
        for (int k = 0; k < colours.length; k++) assertThat(indexed.getRGB(k * 10 + 3, 4) & 0xFFFFFF).isEqualTo(colours[k]);
    }

    @Test
    void smoothGradientStaysClose() {
        BufferedImage img = new BufferedImage(256, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 64; y++) img.setRGB(x, y, x << 16 | (y * 4) << 8 | (255 - x));
        }
        BufferedImage indexed = MedianCut.toIndexed(img);
        assertThat(((IndexColorModel) indexed.getColorModel()).getMapSize()).isEqualTo(MedianCut.MAX_COLOURS);
        int worst = 0;
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 64; y++) worst = Math.max(worst, Pixels.distance(Pixels.at(img, x, y), indexed.getRGB(x, y)));
        }
        assertThat(worst).isLessThanOrEqualTo(24);
    }
}
