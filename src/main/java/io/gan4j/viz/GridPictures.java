package io.gan4j.viz;

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

    private final GanFactory.Setup setup;
    private final long seed;
    private final Tensor real;

    GridPictures(GanFactory.Setup setup, long seed) {
        this.setup = setup;
        this.seed = seed;
        this.real = setup.toData(setup.gan().realData().sample(IMAGES, Rng.at(seed, "viz", 0)));
    }

    /** Examples of [channels, height, width]. */
    static boolean canDraw(GanFactory.Setup setup) {
        return setup.data().exampleShape().length == 3;
    }

    @Override
    public Snapshot take(String title, int iteration) {
        // The same latent vectors every time: a fresh stream from the same seed.
        Tensor generated = setup.toData(setup.gan().sample(IMAGES, Rng.at(seed, "viz", 1)));
        return new Snapshot() {
            @Override
            public BufferedImage plot() {
                return ImageGrid.sideBySide(List.of(new ImageGrid.Panel(title, ImageGrid.render(generated)),
                        new ImageGrid.Panel("real", ImageGrid.render(real))));
            }

            @Override
            public BufferedImage frame() {
                return ImageGrid.sideBySide(List.of(new ImageGrid.Panel(title, ImageGrid.render(generated, FRAME_GRID))));
            }
        };
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
