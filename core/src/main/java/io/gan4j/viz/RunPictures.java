package io.gan4j.viz;

import io.gan4j.train.GanFactory;
import io.gan4j.train.RunFolder;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * What a run's pictures show: points and D's decision map for 2-D data ({@link ScatterPictures}), grids of
 * generated beside real images for images ({@link GridPictures}). A snapshot is taken on the training thread,
 * since it needs the networks; it is drawn later, in the background.
 */
interface RunPictures {
    /** The networks' state now, to be drawn later. */
    Snapshot take(String title, int iteration);

    /** Where the picture drawn every plotEvery iterations goes. */
    Path plotFile(RunFolder folder, int iteration);

    /** Pictures written once, when training ends with usable networks (taken now, drawn by the writer). */
    default void atEnd(RunFolder folder, BackgroundWriter writer) {}

    /** A taken snapshot: the plot's picture, and the smaller one of a GIF frame. */
    interface Snapshot {
        BufferedImage plot();

        BufferedImage frame();
    }

    /** The pictures that suit the run's data, or null when it has none to draw (data of one value per example). */
    static RunPictures of(GanFactory.Setup setup, long seed) {
        if (GridPictures.canDraw(setup)) return new GridPictures(setup, seed);
        return SnapshotRenderer.canDraw(setup) ? new ScatterPictures(new SnapshotRenderer(setup, seed)) : null;
    }
}
