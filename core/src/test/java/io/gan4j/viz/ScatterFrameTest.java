package io.gan4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScatterFrameTest {
    private static final PlotWindow UNIT = new PlotWindow(-1, 1, -1, 1);

    /** D = 1 on the left half of the plane, 0 on the right. */
    private static DecisionMap leftRealRightFake() {
        int nx = 60, ny = 60;
        float[] v = new float[nx * ny];
        for (int j = 0; j < ny; j++) for (int i = 0; i < nx / 2; i++) v[j * nx + i] = 1f;
        return new DecisionMap(v, nx, ny, UNIT);
    }

    private static Points cluster(float x, float y, int n) {
        float[] xs = new float[n], ys = new float[n];
        java.util.Arrays.fill(xs, x);
        java.util.Arrays.fill(ys, y);
        return new Points(xs, ys);
    }

    @Test
    void pngHasTheStyledSizeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        var snap = new ScatterSnapshot("t", cluster(0, 0, 3), cluster(0.5f, 0.5f, 3), new boolean[3], leftRealRightFake(), UNIT);
        Path png = dir.resolve("frame.png");
        ScatterFrame.writePng(snap, png);

        BufferedImage read = Pixels.read(png);
        assertThat(read.getWidth()).isEqualTo(ScatterStyle.DEFAULT.width());
        assertThat(read.getHeight()).isEqualTo(ScatterStyle.DEFAULT.height());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(png);
        }
    }

    @Test
    void decisionMapIsGreenWhereDSaysRealAndPurpleWhereItSaysFake(@TempDir Path dir) throws Exception {
        var snap = new ScatterSnapshot("map", Points.empty(), Points.empty(), new boolean[0], leftRealRightFake(), UNIT);
        var drawn = ScatterFrame.draw(snap, ScatterStyle.DEFAULT);
        Path png = dir.resolve("map.png");
        Png.write(drawn.image(), png);
        BufferedImage read = Pixels.read(png);

        // (-0.55, 0.13) and (0.55, 0.13) sit between grid lines, well inside each half.
        Color left = Pixels.at(read, drawn.pixelX(UNIT, -0.55), drawn.pixelY(UNIT, 0.13));
        Color right = Pixels.at(read, drawn.pixelX(UNIT, 0.55), drawn.pixelY(UNIT, 0.13));
        float opacity = ScatterStyle.DEFAULT.mapOpacity();
        assertThat(Pixels.distance(left, Pixels.overWhite(new Color(Palette.decisionRgb(1f)), opacity))).isLessThanOrEqualTo(2);
        assertThat(Pixels.distance(right, Pixels.overWhite(new Color(Palette.decisionRgb(0f)), opacity))).isLessThanOrEqualTo(2);
        assertThat(left.getGreen()).isGreaterThan(left.getRed());
        assertThat(right.getRed()).isGreaterThan(right.getGreen());
        // Exactly on the boundary D interpolates to 0.5: near white.
        Color middle = Pixels.at(read, drawn.pixelX(UNIT, 0.0), drawn.pixelY(UNIT, 0.13));
        assertThat(Pixels.distance(middle, Color.WHITE)).isLessThan(Pixels.distance(left, Color.WHITE));
    }

    @Test
    void firstRowOfTheMapIsDrawnAtTheBottom() {
        float[] v = new float[4 * 4];
        for (int i = 0; i < 4; i++) v[i] = 1f; // row j = 0
        var map = new DecisionMap(v, 4, 4, UNIT);
        var drawn = ScatterFrame.draw(new ScatterSnapshot("rows", Points.empty(), Points.empty(), null, map, UNIT), ScatterStyle.DEFAULT);
        Color bottom = Pixels.at(drawn.image(), drawn.pixelX(UNIT, 0.13), drawn.pixelY(UNIT, -0.9));
        Color top = Pixels.at(drawn.image(), drawn.pixelX(UNIT, 0.13), drawn.pixelY(UNIT, 0.9));
        assertThat(bottom.getGreen()).isGreaterThan(bottom.getRed());
        assertThat(top.getRed()).isGreaterThan(top.getGreen());
    }

    @Test
    void pointsTakeTheirGroupColour() {
        Points fake = new Points(new float[] {0.5f, 0.5f, 0.5f, -0.5f, -0.5f, -0.5f}, new float[] {0.5f, 0.5f, 0.5f, -0.5f, -0.5f, -0.5f});
        boolean[] fooled = {true, true, true, false, false, false};
        var snap = new ScatterSnapshot("points", cluster(-0.5f, 0.5f, 3), fake, fooled, null, UNIT);
        var drawn = ScatterFrame.draw(snap, ScatterStyle.DEFAULT);

        assertThat(Pixels.distance(Pixels.at(drawn.image(), drawn.pixelX(UNIT, -0.5), drawn.pixelY(UNIT, 0.5)), Palette.REAL)).isLessThanOrEqualTo(3);
        assertThat(Pixels.distance(Pixels.at(drawn.image(), drawn.pixelX(UNIT, 0.5), drawn.pixelY(UNIT, 0.5)), Palette.FOOLED)).isLessThanOrEqualTo(3);
        assertThat(Pixels.distance(Pixels.at(drawn.image(), drawn.pixelX(UNIT, -0.5), drawn.pixelY(UNIT, -0.5)), Palette.CAUGHT)).isLessThanOrEqualTo(3);
        // Without a decision map the plot background stays white.
        assertThat(Pixels.at(drawn.image(), drawn.pixelX(UNIT, 0.55), drawn.pixelY(UNIT, -0.13))).isEqualTo(Color.WHITE);
    }

    @Test
    void withoutFooledFlagsAllGeneratedPointsShareOneColour() {
        var snap = new ScatterSnapshot("plain", Points.empty(), cluster(0.5f, -0.5f, 4), null, null, UNIT, "x3", "x7");
        var drawn = ScatterFrame.draw(snap, ScatterStyle.DEFAULT);
        assertThat(Pixels.distance(Pixels.at(drawn.image(), drawn.pixelX(UNIT, 0.5), drawn.pixelY(UNIT, -0.5)), Palette.FOOLED)).isLessThanOrEqualTo(3);
        assertThat(Pixels.count(drawn.image(), Palette.CAUGHT, 10)).isZero();
    }

    @Test
    void pointsOutsideTheFixedWindowAreClippedNotDrawnOverTheAxes() {
        Points far = new Points(new float[] {-1.08f, 0f, 3f, 0.95f}, new float[] {0f, -1.08f, 3f, 0f});
        var drawn = ScatterFrame.draw(new ScatterSnapshot("diverged", Points.empty(), far, null, null, UNIT), ScatterStyle.DEFAULT);
        var plot = drawn.plot();
        plot.grow(1, 1);
        int outside = 0;
        for (int y = 0; y < drawn.image().getHeight() - LegendRow.HEIGHT; y++) {
            for (int x = 0; x < drawn.image().getWidth(); x++) {
                if (plot.contains(x, y)) continue;
                if (Pixels.distance(Pixels.at(drawn.image(), x, y), Palette.FOOLED) <= 40) outside++;
            }
        }
        assertThat(outside).as("fake-coloured pixels outside the plot, above the legend").isZero();
    }

    @Test
    void columnsPicksTheRequestedPairOfAWideSample() {
        Tensor samples = Tensor.of(new float[][] {{0, 1, 2, 3}, {10, 11, 12, 13}});
        Points p = Points.columns(samples, 3, 1);
        assertThat(p.xs()).containsExactly(3f, 13f);
        assertThat(p.ys()).containsExactly(1f, 11f);
        assertThatThrownBy(() -> Points.columns(samples, 4, 0)).isInstanceOf(ShapeException.class).hasMessageContaining("columns 4, 0");
    }

    @Test
    void cellCentresFollowValuesOrderFromTheBottomRow() {
        var w = new PlotWindow(0, 4, 10, 12);
        float[] c = DecisionMap.cellCentres(4, 2, w).data();
        assertThat(new float[] {c[0], c[1]}).containsExactly(0.5f, 10.5f);
        assertThat(new float[] {c[2], c[3]}).containsExactly(1.5f, 10.5f);
        assertThat(new float[] {c[8], c[9]}).containsExactly(0.5f, 11.5f);
    }

    @Test
    void titleReadsLikeAProgressLine() {
        assertThat(ScatterFrame.title(10_000, 1.3149, 0.7234)).isEqualTo("iteration 10,000 — D loss 1.31, G loss 0.72");
    }

    @Test
    void windowAroundPointsAddsTheMargin() {
        var w = PlotWindow.around(new Points(new float[] {0, 10}, new float[] {-1, 1}), 0.1);
        assertThat(new double[] {w.xMin(), w.xMax(), w.yMin(), w.yMax()}).containsExactly(-1, 11, -1.2, 1.2);
    }

    @Test
    void mismatchedFlagsAreRejectedByName() {
        assertThatThrownBy(() -> new ScatterSnapshot("x", Points.empty(), cluster(0, 0, 2), new boolean[3], null, UNIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fooled has 3 flags for 2 fake points");
        assertThatThrownBy(() -> new DecisionMap(new float[5], 2, 2, UNIT)).hasMessageContaining("5 values do not fill a 2x2 grid");
    }
}
