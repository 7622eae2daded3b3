package io.gan4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossPlotTest {
    private static LossSeries ramp(String name, int n, double level) {
        double[] it = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            it[i] = i;
            v[i] = level + (i % 7) * 0.05;
        }
        return new LossSeries(name, it, v);
    }

    @Test
    void movingAverageIsTrailingAndStartsWithWhatItHas() {
        assertThat(LossPlot.movingAverage(new double[] {1, 2, 3, 4}, 2)).containsExactly(1, 1.5, 2.5, 3.5);
        assertThat(LossPlot.movingAverage(new double[] {3, 6, 9}, 1)).containsExactly(3, 6, 9);
    }

    @Test
    void thinningKeepsEndsAndBoundsTheCount() {
        assertThat(LossPlot.thinnedIndices(10, 4)).containsExactly(0, 3, 6, 9);
        assertThat(LossPlot.thinnedIndices(11, 4)).containsExactly(0, 3, 6, 9, 10);
        assertThat(LossPlot.thinnedIndices(3, 4)).containsExactly(0, 1, 2);
        int[] big = LossPlot.thinnedIndices(50_000, 1500);
        assertThat(big.length).isBetween(1000, 1501);
        assertThat(big[big.length - 1]).isEqualTo(49_999);
    }

    @Test
    void pngShowsEachSeriesInItsColour(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("losses.png");
        LossPlot.writePng(List.of(ramp("D loss", 5000, 1.3), ramp("G loss", 5000, 0.7)), png);

        BufferedImage read = Pixels.read(png);
        assertThat(read.getWidth()).isEqualTo(LossPlotStyle.DEFAULT.width());
        assertThat(read.getHeight()).isEqualTo(LossPlotStyle.DEFAULT.height());
        assertThat(Pixels.count(read, Palette.seriesColor(0), 8)).isGreaterThan(300);
        assertThat(Pixels.count(read, Palette.seriesColor(1), 8)).isGreaterThan(300);
        assertThat(Pixels.count(read, Palette.seriesColor(2), 8)).isZero();
    }

    @Test
    void nonFiniteValuesAndEmptyHistoriesStillDraw() {
        double[] it = {0, 1, 2, 3};
        var diverged = new LossSeries("D loss", it, new double[] {1, Double.NaN, Double.POSITIVE_INFINITY, 2});
        var none = new LossSeries("G loss", new double[0], new double[0]);
        assertThat(LossPlot.render(List.of(diverged, none)).getWidth()).isEqualTo(LossPlotStyle.DEFAULT.width());
        assertThat(LossPlot.render(List.of()).getHeight()).isEqualTo(LossPlotStyle.DEFAULT.height());
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> LossPlot.render(List.of(ramp("D loss", 3, 1), ramp("D loss", 3, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two series are named 'D loss'");
        assertThatThrownBy(() -> new LossSeries("G loss", new double[2], new double[3])).hasMessageContaining("'G loss': 2 iterations but 3 values");
    }
}
