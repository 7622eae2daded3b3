package io.gan4j.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST: 28x28 greyscale clothing images in 10 classes, 60,000 for training and 10,000
 * for testing, in the four standard IDX files ({@code train-images-idx3-ubyte},
 * {@code train-labels-idx1-ubyte}, {@code t10k-...}), plain or with {@code .gz} appended.
 * Debian's {@code dataset-fashion-mnist} package installs them gzipped in {@link #DEBIAN_DIR}.
 */
public final class FashionMnist {
    public static final String NAME = "fashion-mnist";
    public static final Path DEBIAN_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    /** Class names by label. */
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** Which of the two sets; the value is the files' prefix. */
    public enum Split {
        TRAIN("train"),
        TEST("t10k");

        final String prefix;

        Split(String prefix) {
            this.prefix = prefix;
        }
    }

    private FashionMnist() {}

    /** Loads one split from {@code dir}; an error names the files looked for when they are missing. */
    public static ImageData load(Path dir, Split split, boolean flatten) {
        Path images = find(dir, split.prefix + "-images-idx3-ubyte");
        Path labels = find(dir, split.prefix + "-labels-idx1-ubyte");
        return ImageData.load(images, labels, flatten).withClassNames(CLASS_NAMES);
    }

    private static Path find(Path dir, String base) {
        Path plain = dir.resolve(base), gz = dir.resolve(base + ".gz");
        if (Files.isRegularFile(plain)) return plain;
        if (Files.isRegularFile(gz)) return gz;
        throw new DataFileException(dir, ": Fashion-MNIST file not found: neither " + base + " nor " + base + ".gz is there"
                + " (on Debian: apt-get install dataset-fashion-mnist, which installs them in " + DEBIAN_DIR + ")");
    }
}
