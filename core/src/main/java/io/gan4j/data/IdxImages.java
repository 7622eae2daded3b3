package io.gan4j.data;

/** Images read from an IDX file: {@code count} images of {@code rows x cols} unsigned bytes, row-major. */
public final class IdxImages {
    private final int count, rows, cols;
    private final byte[] pixels;

    /** Wraps {@code pixels} (no copy): {@code count * rows * cols} bytes, image after image. */
    public IdxImages(int count, int rows, int cols, byte[] pixels) {
        if (count < 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols != pixels.length) {
            throw new IllegalArgumentException("IdxImages: " + pixels.length + " bytes do not make " + count + " images of " + rows + "x" + cols);
        }
        this.count = count;
        this.rows = rows;
        this.cols = cols;
        this.pixels = pixels;
    }

    public int count() {
        return count;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Pixel {@code (r, c)} of image {@code i}, 0..255. */
    public int pixel(int i, int r, int c) {
        return pixels[(i * rows + r) * cols + c] & 0xFF;
    }

    /** The backing bytes (not a copy); readers in this package only. */
    byte[] bytes() {
        return pixels;
    }
}
