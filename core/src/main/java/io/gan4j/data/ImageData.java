package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greyscale images as real examples, pixel values 0..255 scaled to {@code [-1, 1]} (the range of
 * a tanh generator): {@code v / 127.5 - 1}. Examples are shaped {@code [1, rows, cols]}, or
 * {@code [rows * cols]} when flattened for a fully connected discriminator. {@link #sample}
 * draws images uniformly with replacement. Immutable.
 */
public final class ImageData implements RealData {
    private static final float[] SCALED = scaleTable();

    private final IdxImages images;
    private final int[] labels;
    private final List<String> classNames;
    private final boolean flatten;
    private final String origin;

    private ImageData(IdxImages images, int[] labels, List<String> classNames, boolean flatten, String origin) {
        this.images = images;
        this.labels = labels;
        this.classNames = classNames != null ? classNames : numbered(labels);
        this.flatten = flatten;
        this.origin = origin;
    }

    private ImageData(IdxImages images, int[] labels, boolean flatten, String origin) {
        this(images, labels, null, flatten, origin);
    }

    /** "0", "1", ... up to the largest label: the classes' names until {@link #withClassNames} gives better ones. */
    private static List<String> numbered(int[] labels) {
        if (labels == null) return List.of();
        int max = Arrays.stream(labels).max().orElse(-1);
        return IntStream.rangeClosed(0, max).mapToObj(Integer::toString).toList();
    }

    /** The same images with their classes named (label k is {@code names.get(k)}); every label must have a name. */
    public ImageData withClassNames(List<String> names) {
        if (labels == null) throw new IllegalStateException(origin + ": has no labels to name");
        if (names.size() < classNames.size()) {
            throw new IllegalArgumentException(origin + ": " + names.size() + " class names for labels up to " + (classNames.size() - 1));
        }
        return new ImageData(images, labels, List.copyOf(names), flatten, origin);
    }

    /** @param labels one per image, or null when there are none */
    public static ImageData of(IdxImages images, int[] labels, boolean flatten, String origin) {
        if (labels != null && labels.length != images.count()) {
            throw new IllegalArgumentException(origin + ": " + images.count() + " images but " + labels.length + " labels");
        }
        return new ImageData(images, labels == null ? null : labels.clone(), flatten, origin);
    }

    /** Reads an IDX images file and its labels file (either may be gzipped); their counts must match. */
    public static ImageData load(Path imagesFile, Path labelsFile, boolean flatten) {
        IdxImages images = Idx.readImages(imagesFile);
        int[] labels = Idx.readLabels(labelsFile);
        if (labels.length != images.count()) {
            throw new DataFileException(imagesFile, " holds " + images.count() + " images but " + labelsFile + " holds "
                    + labels.length + " labels; they must be the same count");
        }
        return new ImageData(images, labels, flatten, imagesFile.getFileName().toString());
    }

    /** Only the images whose label is one of {@code classes}; an error if none is. */
    public ImageData withClasses(int... classes) {
        if (labels == null) throw new IllegalStateException(origin + ": has no labels to select classes by");
        boolean[] keep = new boolean[256];
        for (int c : classes) {
            if (c < 0 || c > 255) throw new IllegalArgumentException("withClasses: class " + c + " is not in 0..255");
            keep[c] = true;
        }
        int[] chosen = IntStream.range(0, labels.length).filter(i -> keep[labels[i]]).toArray();
        if (chosen.length == 0) throw new IllegalArgumentException(origin + ": no image has class " + Arrays.toString(classes));
        return subset(chosen, "classes " + Arrays.toString(classes));
    }

    private ImageData subset(int[] indices, String what) {
        int pixels = images.rows() * images.cols();
        byte[] bytes = new byte[indices.length * pixels];
        int[] subLabels = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(images.bytes(), indices[k] * pixels, bytes, k * pixels, pixels);
            subLabels[k] = labels[indices[k]];
        }
        IdxImages sub = new IdxImages(indices.length, images.rows(), images.cols(), bytes);
        return new ImageData(sub, subLabels, classNames, flatten, origin + " " + what);
    }

    /** The same images with examples shaped {@code [rows * cols]} (true) or {@code [1, rows, cols]} (false). */
    public ImageData flattened(boolean flat) {
        return flat == flatten ? this : new ImageData(images, labels, classNames, flat, origin);
    }

    public boolean isFlattened() {
        return flatten;
    }

    public int size() {
        return images.count();
    }

    public int rows() {
        return images.rows();
    }

    public int cols() {
        return images.cols();
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** A copy of the labels; throws when there are none. */
    public int[] labels() {
        if (labels == null) throw new IllegalStateException(origin + ": has no labels");
        return labels.clone();
    }

    /** Every image, in order, scaled to [-1, 1], shaped {@code [size, 1, rows, cols]}. */
    public Tensor images() {
        return images(IntStream.range(0, size()).toArray());
    }

    /** The images at these indices, in order, scaled to [-1, 1], shaped {@code [k, 1, rows, cols]}. */
    public Tensor images(int[] indices) {
        int pixels = rows() * cols();
        float[] out = new float[indices.length * pixels];
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= size()) throw new IndexOutOfBoundsException("image " + indices[k] + " of " + size());
            copyScaled(indices[k], out, k * pixels);
        }
        return Tensor.of(out, indices.length, 1, rows(), cols());
    }

    /** Image {@code i} scaled to [-1, 1], shaped {@code [1, rows, cols]} whatever {@link #isFlattened()}. */
    public Tensor image(int i) {
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("image " + i + " of " + size());
        int pixels = rows() * cols();
        float[] out = new float[pixels];
        copyScaled(i, out, 0);
        return Tensor.of(out, 1, rows(), cols());
    }

    @Override
    public int[] exampleShape() {
        return flatten ? new int[] {rows() * cols()} : new int[] {1, rows(), cols()};
    }

    /** {@code n} images drawn uniformly with replacement (one {@code nextInt} each). */
    @Override
    public Tensor sample(int n, Rng rng) {
        return draw(n, rng, null);
    }

    /** As {@link #sample}, the same draws, with the images' labels. */
    @Override
    public Labelled sampleLabelled(int n, Rng rng) {
        if (labels == null) return RealData.super.sampleLabelled(n, rng);
        int[] drawn = new int[n];
        return new Labelled(draw(n, rng, drawn), drawn);
    }

    /** The labels of {@code n} images drawn uniformly: the classes in the data's own proportions. */
    @Override
    public int[] sampleLabels(int n, Rng rng) {
        if (labels == null) return RealData.super.sampleLabels(n, rng);
        Check.sampleCount(n);
        int[] drawn = new int[n];
        for (int k = 0; k < n; k++) drawn[k] = labels[rng.nextInt(size())];
        return drawn;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    private Tensor draw(int n, Rng rng, int[] labelsOut) {
        Check.sampleCount(n);
        int pixels = rows() * cols();
        float[] out = new float[n * pixels];
        for (int k = 0; k < n; k++) {
            int image = rng.nextInt(size());
            copyScaled(image, out, k * pixels);
            if (labelsOut != null) labelsOut[k] = labels[image];
        }
        return flatten ? Tensor.of(out, n, pixels) : Tensor.of(out, n, 1, rows(), cols());
    }

    private void copyScaled(int image, float[] out, int offset) {
        byte[] bytes = images.bytes();
        int pixels = rows() * cols(), from = image * pixels;
        for (int p = 0; p < pixels; p++) out[offset + p] = SCALED[bytes[from + p] & 0xFF];
    }

    private static float[] scaleTable() {
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) table[v] = (float) (v / 127.5 - 1);
        return table;
    }

    @Override
    public String describe() {
        return "images: " + origin + ", " + size() + " images of " + rows() + "x" + cols() + ", scaled to [-1, 1]";
    }
}
