package io.gan4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxTest {
    @TempDir
    Path dir;

    /** Image i has every pixel equal to 10 * i + the pixel's row, so images and rows can be told apart. */
    private static byte[] images(int count, int rows, int cols) {
        ByteBuffer b = ByteBuffer.allocate(16 + count * rows * cols);
        b.putInt(Idx.IMAGES_MAGIC).putInt(count).putInt(rows).putInt(cols);
        for (int i = 0; i < count; i++) for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) b.put((byte) (10 * i + r));
        return b.array();
    }

    private static byte[] labels(int... values) {
        ByteBuffer b = ByteBuffer.allocate(8 + values.length);
        b.putInt(Idx.LABELS_MAGIC).putInt(values.length);
        for (int v : values) b.put((byte) v);
        return b.array();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void imagesAndLabelsRoundTrip() throws IOException {
        IdxImages read = Idx.readImages(write("img", images(3, 4, 5)));
        assertThat(read.count()).isEqualTo(3);
        assertThat(read.rows()).isEqualTo(4);
        assertThat(read.cols()).isEqualTo(5);
        assertThat(read.pixel(2, 3, 4)).isEqualTo(23);
        assertThat(Idx.readLabels(write("lab", labels(7, 0, 255)))).containsExactly(7, 0, 255);
    }

    @Test
    void gzippedFilesAreRecognisedByContent() throws IOException {
        IdxImages read = Idx.readImages(write("img.gz", gzip(images(2, 3, 3))));
        assertThat(read.pixel(1, 2, 0)).isEqualTo(12);
        assertThat(Idx.readLabels(write("lab-no-extension", gzip(labels(1, 2))))).containsExactly(1, 2);
    }

    @Test
    void shortHeaderAndBadMagicAreNamed() throws IOException {
        Path swapped = write("swapped", labels(1, 2));
        assertThatThrownBy(() -> Idx.readImages(swapped)).isInstanceOf(DataFileException.class)
                .hasMessage(swapped + ": 10 bytes, too short for an IDX images header (16 bytes)");
        Path labelsAsImages = write("l", labels(new int[20]));
        assertThatThrownBy(() -> Idx.readImages(labelsAsImages))
                .hasMessage(labelsAsImages + ": magic number 0x00000801 is not 0x00000803 (IDX images); this looks like a labels file");
        byte[] junk = images(1, 2, 2);
        junk[2] = 9;
        Path other = write("junk", junk);
        assertThatThrownBy(() -> Idx.readImages(other))
                .hasMessage(other + ": magic number 0x00000903 is not 0x00000803 (IDX images); not an IDX file of unsigned bytes");
    }

    @Test
    void truncatedAndOverlongFilesAreNamed() throws IOException {
        Path truncated = write("t", Arrays.copyOf(images(2, 3, 3), 16 + 17));
        assertThatThrownBy(() -> Idx.readImages(truncated))
                .hasMessage(truncated + ": holds 33 bytes, expected 16 + 2 x 3 x 3 = 34 for 2 images (truncated)");
        Path longer = write("l", Arrays.copyOf(labels(1, 2, 3), 8 + 5));
        assertThatThrownBy(() -> Idx.readLabels(longer)).hasMessage(longer + ": holds 13 bytes, expected 8 + 3 = 11 for 3 labels (2 extra bytes)");
        byte[] gz = gzip(images(2, 3, 3));
        Path cutGzip = write("c.gz", Arrays.copyOf(gz, gz.length - 12));
        assertThatThrownBy(() -> Idx.readImages(cutGzip)).hasMessage(cutGzip + ": gzip data is truncated");
    }

    @Test
    void badDimensionsAreNamed() throws IOException {
        byte[] bytes = images(1, 2, 2);
        ByteBuffer.wrap(bytes).putInt(8, 0);
        Path file = write("zero-rows", bytes);
        assertThatThrownBy(() -> Idx.readImages(file)).hasMessage(file + ": bad dimensions 1 images of 0x2");
    }

    @Test
    void imageAndLabelCountsMustMatch() throws IOException {
        Path img = write("img", images(3, 2, 2));
        Path lab = write("lab", labels(1, 2));
        assertThatThrownBy(() -> ImageData.load(img, lab, false)).isInstanceOf(DataFileException.class)
                .hasMessage(img + " holds 3 images but " + lab + " holds 2 labels; they must be the same count");
    }

    @Test
    void imageDataScalesToMinusOneOneAndSamplesBothShapes() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(16 + 2 * 4);
        b.putInt(Idx.IMAGES_MAGIC).putInt(2).putInt(2).putInt(2);
        b.put(new byte[] {0, (byte) 255, (byte) 127, (byte) 128, 51, 51, 51, 51});
        ImageData data = ImageData.load(write("img", b.array()), write("lab", labels(3, 4)), false);
        assertThat(data.image(0).data()).containsExactly(-1f, 1f, (float) (127 / 127.5 - 1), (float) (128 / 127.5 - 1));
        assertThat(data.exampleShape()).containsExactly(1, 2, 2);
        assertThat(data.dim()).isEqualTo(4);
        Tensor batch = data.sample(50, new Rng(12));
        assertThat(batch.shape()).containsExactly(50, 1, 2, 2);
        for (float v : batch.data()) assertThat(v).isBetween(-1f, 1f);
        Tensor flat = data.flattened(true).sample(50, new Rng(12));
        assertThat(flat.shape()).containsExactly(50, 4);
        assertThat(flat.data()).containsExactly(batch.data());
        assertThat(data.labels()).containsExactly(3, 4);
    }

    @Test
    void withClassesKeepsOnlyThoseImages() throws IOException {
        ImageData data = ImageData.load(write("img", images(4, 2, 2)), write("lab", labels(7, 1, 7, 2)), true);
        ImageData sevens = data.withClasses(7);
        assertThat(sevens.size()).isEqualTo(2);
        assertThat(sevens.labels()).containsExactly(7, 7);
        assertThat(sevens.image(1).get(0, 0, 0)).isEqualTo((float) (20 / 127.5 - 1));
        assertThatThrownBy(() -> data.withClasses(5)).hasMessageContaining("no image has class [5]");
    }

    @Test
    void fashionMnistFindsPlainOrGzippedFilesAndSaysWhatIsMissing() throws IOException {
        write("train-images-idx3-ubyte.gz", gzip(images(3, 28, 28)));
        write("train-labels-idx1-ubyte", labels(0, 9, 5));
        ImageData train = FashionMnist.load(dir, FashionMnist.Split.TRAIN, true);
        assertThat(train.size()).isEqualTo(3);
        assertThat(train.exampleShape()).containsExactly(784);
        assertThatThrownBy(() -> FashionMnist.load(dir, FashionMnist.Split.TEST, false))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(dir + ": Fashion-MNIST file not found: neither t10k-images-idx3-ubyte nor t10k-images-idx3-ubyte.gz is there");
        assertThat(FashionMnist.CLASS_NAMES.get(7)).isEqualTo("Sneaker");
    }
}
