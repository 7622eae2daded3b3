package io.gan4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifWriterTest {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private static BufferedImage frame(Color left, Color right) {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, 20, 30);
        g.setColor(right);
        g.fillRect(20, 0, 20, 30);
        g.dispose();
        return img;
    }

    @Test
    void writesEveryFrameWithDelayAndLoopsForever(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("training.gif");
        GifWriter.write(gif, List.of(frame(Color.WHITE, Palette.REAL), frame(Palette.FOOLED, Palette.CAUGHT), frame(Color.BLACK, Color.WHITE)), 120);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
            IIOMetadataNode loop = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat(loop.getAttribute("authenticationCode")).isEqualTo("2.0");
            assertThat((byte[]) loop.getUserObject()).containsExactly(1, 0, 0);
            IIOMetadataNode control = (IIOMetadataNode) first.getElementsByTagName("GraphicControlExtension").item(0);
            assertThat(control.getAttribute("delayTime")).isEqualTo("12");

            BufferedImage second = reader.read(1);
            assertThat(second.getWidth()).isEqualTo(40);
            assertThat(Pixels.at(second, 5, 5)).isEqualTo(Palette.FOOLED);
            assertThat(Pixels.at(second, 35, 25)).isEqualTo(Palette.CAUGHT);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void streamingWriterOnlyPublishesOnFinish(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("live.gif");
        try (GifWriter writer = GifWriter.open(gif, 100)) {
            writer.add(frame(Color.RED, Color.BLUE));
            writer.add(frame(Color.BLUE, Color.RED));
            assertThat(gif).doesNotExist();
            writer.finish();
            assertThat(writer.frameCount()).isEqualTo(2);
        }
        assertThat(gif).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(gif);
        }
    }

    @Test
    void abandonedWriterLeavesNothingBehind(@TempDir Path dir) throws Exception {
        try (GifWriter writer = GifWriter.open(dir.resolve("never.gif"), 100)) {
            writer.add(frame(Color.RED, Color.BLUE));
            assertThatThrownBy(() -> writer.add(new BufferedImage(41, 30, BufferedImage.TYPE_INT_RGB)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame 1 is 41x30, the first frame was 40x30");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void rejectsImpossibleDelays(@TempDir Path dir) {
        assertThatThrownBy(() -> GifWriter.open(dir.resolve("x.gif"), 5)).hasMessageContaining("frame delay 5 ms");
    }
}
