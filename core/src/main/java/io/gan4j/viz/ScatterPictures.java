package io.gan4j.viz;

import io.gan4j.train.RunFolder;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** A 2-D run's pictures: real and generated points over D's decision map, {@code scatter-<iteration>.png}. */
final class ScatterPictures implements RunPictures {
    /** GIF frames are smaller than the plots. */
    static final ScatterStyle FRAME_STYLE = new ScatterStyle(480, 420, 5, 220, 0.45f);

    private final SnapshotRenderer renderer;

    ScatterPictures(SnapshotRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Snapshot take(String title, int iteration) {
        ScatterSnapshot snapshot = renderer.snapshot(title, iteration);
        return new Snapshot() {
            @Override
            public BufferedImage plot() {
                return ScatterFrame.render(snapshot);
            }

            @Override
            public BufferedImage frame() {
                return ScatterFrame.render(snapshot, FRAME_STYLE);
            }
        };
    }

    @Override
    public Path plotFile(RunFolder folder, int iteration) {
        return folder.scatter(iteration);
    }
}
