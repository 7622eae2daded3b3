package io.gan4j.viz;

import io.gan4j.tensor.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes a PNG atomically. */
final class Png {
    private Png() {}

    static void write(BufferedImage image, Path target) {
        try (AtomicFiles.Output out = AtomicFiles.open(target)) {
            if (!ImageIO.write(image, "png", out.stream())) throw new IllegalStateException("no PNG writer available");
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PNG " + target, e);
        }
    }
}
