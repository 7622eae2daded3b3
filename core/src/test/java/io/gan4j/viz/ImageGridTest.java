package io.gan4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {
    private static final GridStyle STYLE = new GridStyle(2, 3, Color.RED);

    @Test
    void greyCellsLandAtTheirPlaceWithPaddingAround(@TempDir Path dir) throws Exception {
        // Three 2x2 grey images; image 1 has value 0 at (x=0, y=1).
        float[] v = new float[3 * 4];
        java.util.Arrays.fill(v, -1f);
        v[4 + 2] = 0f;
        v[8] = 1f;
        Path png = dir.resolve("grid.png");
        ImageGrid.writePng(ImageGrid.sideBySide(List.of(new ImageGrid.Panel("g", ImageGrid.render(Tensor.of(v, 3, 1, 2, 2), 2, 2, STYLE)))), png);
        BufferedImage direct = ImageGrid.render(Tensor.of(v, 3, 1, 2, 2), 2, 2, STYLE);

        assertThat(direct.getWidth()).isEqualTo(2 * 6 + 3 * 2);
        assertThat(direct.getHeight()).isEqualTo(2 * 6 + 3 * 2);
        int cellX = 2 + 6 + 2, cellY = 2;
        assertThat(Pixels.at(direct, cellX + 1, cellY + 3 + 1)).isEqualTo(new Color(128, 128, 128));
        assertThat(Pixels.at(direct, cellX + 4, cellY + 1)).isEqualTo(Color.BLACK);
        assertThat(Pixels.at(direct, 2, 2 + 6 + 2)).isEqualTo(Color.WHITE);
        assertThat(Pixels.at(direct, 0, 0)).isEqualTo(Color.RED);
        assertThat(Pixels.at(direct, cellX + 7, cellY + 7)).as("unused fourth cell").isEqualTo(Color.RED);
        assertThat(Pixels.read(png).getWidth()).isGreaterThan(direct.getWidth());
    }

    @Test
    void colourImagesUseThreePlanes() {
        float[] v = {1f, -1f, 0f};
        BufferedImage img = ImageGrid.render(Tensor.of(v, 1, 3, 1, 1), 1, 1, new GridStyle(0, 1, Color.BLACK));
        assertThat(Pixels.at(img, 0, 0)).isEqualTo(new Color(255, 0, 128));
    }

    @Test
    void flatRowsAreSquareImagesAndBrokenValuesShow() {
        float[] v = new float[2 * 9];
        v[9 + 4] = Float.NaN;
        BufferedImage img = ImageGrid.render(Tensor.of(v, 2, 9), new GridStyle(1, 1, Color.BLACK));
        assertThat(img.getWidth()).isEqualTo(2 * 3 + 3);
        assertThat(img.getRGB(1 + 3 + 1 + 1, 1 + 1) & 0xFFFFFF).isEqualTo(ImageGrid.BROKEN);
        assertThatThrownBy(() -> ImageGrid.render(Tensor.zeros(2, 10), STYLE)).isInstanceOf(ShapeException.class).hasMessageContaining("[2, 10]");
    }

    @Test
    void sideBySideMakesRoomForBothPanels() {
        BufferedImage a = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB), b = new BufferedImage(60, 120, BufferedImage.TYPE_INT_RGB);
        BufferedImage both = ImageGrid.sideBySide(List.of(new ImageGrid.Panel("generated", a), new ImageGrid.Panel("real", b)));
        assertThat(both.getWidth()).isEqualTo(12 + 100 + 24 + 60 + 12);
        assertThat(both.getHeight()).isGreaterThan(120);
    }
}
