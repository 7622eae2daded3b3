package io.gan4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

/** A GIF frame kept deflated comes back with the same palette indices and colours, in a fraction of the memory. */
class PackedFrameTest {
    @Test
    void unpacksToTheSameIndexedImageAndIsSmall() {
        BufferedImage picture = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 480);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color((i * 37) % 256, (i * 91) % 256, (i * 53) % 256));
            g.fillOval((i * 73) % 620, (i * 41) % 460, 6, 6);
        }
        g.dispose();
        BufferedImage indexed = MedianCut.toIndexed(picture);

        PackedFrame packed = PackedFrame.of(indexed);
        BufferedImage back = packed.unpack();

        assertThat(indices(back)).isEqualTo(indices(indexed));
        assertThat(back.getRGB(0, 0, 640, 480, null, 0, 640)).isEqualTo(indexed.getRGB(0, 0, 640, 480, null, 0, 640));
        assertThat(packed.packedBytes()).isLessThan(640 * 480 / 10);
    }

    private static byte[] indices(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
