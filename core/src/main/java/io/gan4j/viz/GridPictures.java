package io.gan4j.viz;

import io.gan4j.data.Labelled;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.GanFactory;
import io.gan4j.train.RunFolder;
import io.gan4j.train.Samples;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * An image run's pictures: a grid of images generated from fixed latent vectors (so the grids of successive
 * epochs compare) beside a grid of real images, as the Fashion-MNIST classic shows them; {@code grid-<iteration>.png}.
 */
final class GridPictures implements RunPictures {
    /** An 8×8 grid. */
    static final int IMAGES = 64;
    static final int SAMPLES_SHOWN = 100;
    private static final GridStyle FRAME_GRID = new GridStyle(2, 2, GridStyle.DEFAULT.paddingColour());

    /** A conditional run's grids: one row per class, this many images to a row. */
    static final int PER_CLASS = 8;
    /** Real images drawn to fill the rows of every class, class by class. */
    private static final int REAL_DRAWS = 4096;

    private final GanFactory.Setup setup;
    private final long seed;
    private final Tensor real;
    /** The class asked for in each cell, row by row, for a conditional GAN; null otherwise. */
    private final int[] asked;

    GridPictures(GanFactory.Setup setup, long seed) {
        this.setup = setup;
        this.seed = seed;
        boolean conditional = setup.gan().isConditional();
        this.asked = conditional ? rows(setup.gan().classNames().size()) : null;
        this.real = setup.toData(conditional ? realByClass(setup, asked, seed) : setup.gan().realData().sample(IMAGES, Rng.at(seed, "viz", 0)));
    }

    private static int[] rows(int classes) {
        int[] labels = new int[classes * PER_CLASS];
        for (int i = 0; i < labels.length; i++) labels[i] = i / PER_CLASS;
        return labels;
    }

    /** Real images of the classes in {@code asked}, in its order: drawn once, then picked class by class. */
    private static Tensor realByClass(GanFactory.Setup setup, int[] asked, long seed) {
        Labelled drawn = setup.gan().realData().sampleLabelled(REAL_DRAWS, Rng.at(seed, "viz", 0));
        int size = drawn.examples().size() / REAL_DRAWS;
        float[] out = new float[asked.length * size];
        int[] next = new int[setup.gan().classNames().size()];
        for (int cell = 0; cell < asked.length; cell++) {
            int c = asked[cell], i = next[c];
            while (i < REAL_DRAWS && drawn.labels()[i] != c) i++;
            if (i == REAL_DRAWS) continue; // a class too rare to show: its cell stays blank
            System.arraycopy(drawn.examples().data(), i * size, out, cell * size, size);
            next[c] = i + 1;
        }
        int[] shape = drawn.examples().shape().clone();
        shape[0] = asked.length;
        return Tensor.of(out, shape);
    }

    /** Examples of [channels, height, width]. */
    static boolean canDraw(GanFactory.Setup setup) {
        return setup.data().exampleShape().length == 3;
    }

    @Override
    public Snapshot take(String title, int iteration) {
        // The same latent vectors every time: a fresh stream from the same seed.
        Tensor generated = setup.toData(asked != null ? setup.gan().sample(asked, Rng.at(seed, "viz", 1)) : setup.gan().sample(IMAGES, Rng.at(seed, "viz", 1)));
        return new Snapshot() {
            @Override
            public BufferedImage plot() {
                return ImageGrid.sideBySide(List.of(new ImageGrid.Panel(title, grid(generated, GridStyle.DEFAULT, true)),
                        new ImageGrid.Panel("real", grid(real, GridStyle.DEFAULT, false))));
            }

            @Override
            public BufferedImage frame() {
                return ImageGrid.sideBySide(List.of(new ImageGrid.Panel(title, grid(generated, FRAME_GRID, true))));
            }
        };
    }

    /** A square grid, or for a conditional run one row per class (named on the left of the generated panel). */
    private BufferedImage grid(Tensor images, GridStyle style, boolean named) {
        if (asked == null) return ImageGrid.render(images, style);
        BufferedImage grid = ImageGrid.render(images, setup.gan().classNames().size(), PER_CLASS, style);
        return named ? ImageGrid.withRowLabels(grid, setup.gan().classNames(), style) : grid;
    }

    /** {@code samples.png}: the first of the examples the run writes to samples.npy, 10×10. */
    @Override
    public void atEnd(RunFolder folder, BackgroundWriter writer) {
        int n = Math.min(SAMPLES_SHOWN, setup.config().output().samples());
        Tensor samples = Samples.examples(setup, n, seed, Samples.STREAM);
        writer.submit(() -> ImageGrid.writePng(samples, GridStyle.DEFAULT, folder.file(RunFolder.SAMPLES_PNG)));
    }

    @Override
    public Path plotFile(RunFolder folder, int iteration) {
        return folder.grid(iteration);
    }
}
