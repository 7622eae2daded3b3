package io.gan4j.data;

import io.gan4j.tensor.Rng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny Fashion-MNIST-shaped data sets written as IDX files, for tests of image runs. */
public final class IdxFixtures {
    private IdxFixtures() {}

    /**
     * {@code count} images of size×size, black with a bright 3×3 square in one of the four corners (the label,
     * 0..3, drawn with the seed), as {@code train-images-idx3-ubyte} and {@code train-labels-idx1-ubyte} in dir.
     */
    public static Path corners(Path dir, int count, int size, long seed) {
        Rng rng = new Rng(seed);
        ByteBuffer images = ByteBuffer.allocate(16 + count * size * size);
        images.putInt(Idx.IMAGES_MAGIC).putInt(count).putInt(size).putInt(size);
        ByteBuffer labels = ByteBuffer.allocate(8 + count);
        labels.putInt(Idx.LABELS_MAGIC).putInt(count);
        for (int i = 0; i < count; i++) {
            int corner = rng.nextInt(4);
            labels.put((byte) corner);
            images.put(corner(corner, size));
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("train-images-idx3-ubyte"), images.array());
            Files.write(dir.resolve("train-labels-idx1-ubyte"), labels.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The image of one corner, pixels row by row. */
    public static byte[] corner(int corner, int size) {
        byte[] pixels = new byte[size * size];
        int top = corner < 2 ? 1 : size - 4, left = corner % 2 == 0 ? 1 : size - 4;
        for (int r = top; r < top + 3; r++) for (int c = left; c < left + 3; c++) pixels[r * size + c] = (byte) 255;
        return pixels;
    }
}
