package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A folder of PNG images of one size as real examples, so users can train on their own pictures. The images are the
 * folder's {@code *.png} files in name order; when it holds none but has sub-folders, each sub-folder holding PNGs (in
 * name order) is a class and its images carry that label. Grey images give examples of {@code [1, H, W]}; if any image has colour, every
 * image is read as RGB, {@code [3, H, W]}. Pixels 0..255 are scaled to [−1, 1]. Immutable; {@link #sample} draws
 * images uniformly with replacement.
 */
public final class ImageFolderData implements RealData {
    public static final String NAME = "images";

    private final float[] pixels;
    private final int count, channels, height, width;
    private final int[] labels;
    private final List<String> classes;
    private final String origin;

    private ImageFolderData(float[] pixels, int count, int channels, int height, int width, int[] labels, List<String> classes, String origin) {
        this.pixels = pixels;
        this.count = count;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.labels = labels;
        this.classes = classes;
        this.origin = origin;
    }

    /** Reads the folder; a missing folder, no images, an unreadable file or one of another size is an error naming it. */
    public static ImageFolderData load(Path dir) {
        if (!Files.isDirectory(dir)) throw new DataFileException(dir, ": not a folder of PNG images");
        List<Path> subFolders = list(dir, Files::isDirectory);
        List<String> classes = new ArrayList<>();
        List<Path> files = new ArrayList<>(list(dir, ImageFolderData::isPng));
        List<Integer> labels = new ArrayList<>();
        if (files.isEmpty()) {
            for (Path sub : subFolders) {
                List<Path> inClass = list(sub, ImageFolderData::isPng);
                if (inClass.isEmpty()) continue;
                classes.add(sub.getFileName().toString());
                for (Path f : inClass) {
                    files.add(f);
                    labels.add(classes.size() - 1);
                }
            }
        }
        if (files.isEmpty()) throw new DataFileException(dir, ": holds no .png images" + (subFolders.isEmpty() ? "" : " in its sub-folders"));
        return read(dir, files, classes.isEmpty() ? null : labels.stream().mapToInt(Integer::intValue).toArray(), classes);
    }

    private static ImageFolderData read(Path dir, List<Path> files, int[] labels, List<String> classes) {
        List<BufferedImage> images = new ArrayList<>(files.size());
        BufferedImage first = null;
        boolean colour = false;
        for (Path f : files) {
            BufferedImage image = readPng(f);
            if (first == null) {
                first = image;
            } else if (image.getWidth() != first.getWidth() || image.getHeight() != first.getHeight()) {
                throw new DataFileException(f, String.format(Locale.ROOT, ": is %dx%d, the folder's first image (%s) %dx%d; all must be one size",
                        image.getWidth(), image.getHeight(), files.get(0).getFileName(), first.getWidth(), first.getHeight()));
            }
            colour |= image.getRaster().getNumBands() >= 3;
            images.add(image);
        }
        int c = colour ? 3 : 1, h = first.getHeight(), w = first.getWidth();
        float[] pixels = new float[Math.multiplyExact(Math.multiplyExact(images.size(), c), h * w)];
        for (int k = 0; k < images.size(); k++) copyScaled(images.get(k), c, pixels, k * c * h * w);
        return new ImageFolderData(pixels, images.size(), c, h, w, labels, List.copyOf(classes), dir.toString());
    }

    /** Deflate packs at most about 1,032 bytes into one, so a file cannot hold more pixels than this many per byte. */
    private static final long MAX_PIXELS_PER_BYTE = 1_100;
    /** No training image is larger than this (8,192 × 8,192). */
    private static final long MAX_PIXELS = 1L << 26;

    /** The image, its declared size checked against the file's before anything is decoded. */
    private static BufferedImage readPng(Path f) {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw new DataFileException(f, ": not a readable PNG image");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                long bytes = Files.size(f);
                if (pixels > MAX_PIXELS || pixels > MAX_PIXELS_PER_BYTE * bytes) {
                    throw new DataFileException(f, String.format(Locale.ROOT, ": declares %dx%d pixels, more than a file of %,d bytes can hold"
                            + " or a training image should have", reader.getWidth(0), reader.getHeight(0), bytes));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataFileException d) throw d;
            throw new DataFileException(f, ": not a readable PNG image (" + e + ")", e);
        }
    }

    /** Channel planes of the image, pixels scaled to [−1, 1]: grey from the first band, colour as R, G, B. */
    private static void copyScaled(BufferedImage image, int channels, float[] out, int offset) {
        int h = image.getHeight(), w = image.getWidth(), plane = h * w;
        boolean grey = image.getRaster().getNumBands() < 3;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = offset + y * w + x;
                if (channels == 1) {
                    out[p] = scale(image.getRaster().getSample(x, y, 0));
                } else if (grey) {
                    float v = scale(image.getRaster().getSample(x, y, 0));
                    out[p] = v;
                    out[p + plane] = v;
                    out[p + 2 * plane] = v;
                } else {
                    int rgb = image.getRGB(x, y);
                    out[p] = scale(rgb >> 16 & 0xFF);
                    out[p + plane] = scale(rgb >> 8 & 0xFF);
                    out[p + 2 * plane] = scale(rgb & 0xFF);
                }
            }
        }
    }

    private static float scale(int v) {
        return (float) (v / 127.5 - 1);
    }

    private static boolean isPng(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    private static List<Path> list(Path dir, Predicate<Path> keep) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new DataFileException(dir, ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public int[] exampleShape() {
        return new int[] {channels, height, width};
    }

    @Override
    public Tensor sample(int n, Rng rng) {
        Check.sampleCount(n);
        int size = channels * height * width;
        float[] out = new float[Math.multiplyExact(n, size)];
        for (int k = 0; k < n; k++) System.arraycopy(pixels, rng.nextInt(count) * size, out, k * size, size);
        return Tensor.of(out, n, channels, height, width);
    }

    public int size() {
        return count;
    }

    /** The class of each image (its sub-folder), or null for a flat folder. */
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** The classes' names (the sub-folders holding images, in name order); empty for a flat folder. */
    public List<String> classes() {
        return classes;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "images: %s, %d %s images of %dx%d%s, scaled to [-1, 1]", origin, count,
                channels == 1 ? "grey" : "RGB", width, height, classes.isEmpty() ? "" : " in " + classes.size() + " classes");
    }
}
