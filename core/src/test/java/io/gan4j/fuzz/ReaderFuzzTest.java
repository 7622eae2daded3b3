package io.gan4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.gan4j.data.CsvData;
import io.gan4j.data.DataFileException;
import io.gan4j.data.Formula;
import io.gan4j.data.FormulaException;
import io.gan4j.data.Idx;
import io.gan4j.data.ImageFolderData;
import io.gan4j.io.Npy;
import io.gan4j.io.SafeTensors;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.config.ConfigException;
import io.gan4j.train.config.ConfigLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader of files (the PNG folder's too), fed seeded mutations of a valid file (bit flips, truncation, inserted and repeated bytes,
 * huge numbers and counts, deep nesting, other encodings): each case ends in success or in the reader's own error, whose
 * message names the file, within a time limit; never another exception, a hang or an allocation the file does not
 * justify ({@link Allocation#justifiedBy}). {@value #CASES} cases per reader here; {@code -Dgan4j.fuzz.cases=10000} runs
 * the long campaign. Outcomes by kind, the slowest case and the largest allocation go to target/fuzz/READER.txt.
 */
class ReaderFuzzTest {
    private static final int CASES = 300;

    @TempDir
    Path dir;

    /** A reader: the valid bytes to mutate, how to read a file, and the exception type it reports problems with. */
    record Reader(String name, byte[] valid, Read read, Class<? extends Exception> error) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Read {
        Object apply(Path file) throws Exception;
    }

    static List<Reader> readers() throws IOException {
        Path tmp = Files.createTempDirectory("gan4j-fuzz");
        Path st = tmp.resolve("a.safetensors"), npy = tmp.resolve("a.npy");
        SafeTensors.write(st, Map.of("w", Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3)), Map.of("config", "seed: 1"));
        Npy.write(npy, Tensor.of(new float[] {1, 2, 3, 4}, 2, 2));
        return List.of(
                new Reader("csv", "x,y\n1,2\n3.5,-4e3\n# note\n5,6\n".getBytes(StandardCharsets.UTF_8), CsvData::load, DataFileException.class),
                new Reader("yaml config", ("name: fuzz\ndata: {kind: sine, noise: 0.1}\ngenerator: {hidden: [8, 8]}\n"
                        + "train: {iterations: 10}\n").getBytes(StandardCharsets.UTF_8), f -> ConfigLoader.file(f, List.of()), ConfigException.class),
                new Reader("formula", "sin(3*x) + x^2/4 - abs(x)".getBytes(StandardCharsets.UTF_8),
                        f -> Formula.parse(Files.readString(f, StandardCharsets.ISO_8859_1)), FormulaException.class),
                new Reader("safetensors", Files.readAllBytes(st), SafeTensors::read, IOException.class),
                new Reader("npy", Files.readAllBytes(npy), Npy::read, IOException.class),
                new Reader("idx images", idxImages(), Idx::readImages, DataFileException.class),
                new Reader("png folder", png(), ReaderFuzzTest::readPngFolder, DataFileException.class));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(6, 5, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 5; y++) for (int x = 0; x < 6; x++) image.setRGB(x, y, x * 40 << 16 | y * 50);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The mutated file as the one image of a folder. */
    private static Object readPngFolder(Path file) throws IOException {
        Path folder = Files.createDirectories(file.resolveSibling(file.getFileName() + "-folder"));
        Files.copy(file, folder.resolve(file.getFileName() + ".png"));
        return ImageFolderData.load(folder);
    }

    private static byte[] idxImages() {
        ByteBuffer b = ByteBuffer.allocate(16 + 3 * 4 * 4);
        b.putInt(Idx.IMAGES_MAGIC).putInt(3).putInt(4).putInt(4);
        for (int i = 0; i < 48; i++) b.put((byte) (i * 5));
        return b.array();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void everyMutationEndsInSuccessOrTheReadersOwnError(Reader reader) throws IOException {
        int cases = Integer.getInteger("gan4j.fuzz.cases", CASES);
        Rng rng = new Rng(reader.name().hashCode());
        FuzzReport report = new FuzzReport(reader.name());
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < cases; k++) {
            byte[] bytes = mutate(reader.valid(), rng);
            Path file = dir.resolve("case-" + k);
            Files.write(file, bytes);
            long[] allocated = new long[1];
            long start = System.nanoTime();
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    long before = Allocation.ofThisThread();
                    try {
                        return reader.read().apply(file);
                    } finally {
                        allocated[0] = Allocation.ofThisThread() - before;
                    }
                });
                report.success(k, System.nanoTime() - start, allocated[0]);
            } catch (Exception e) {
                boolean own = reader.error().isInstance(e) && e.getMessage() != null && e.getMessage().contains(file.getFileName().toString());
                boolean formula = e instanceof FormulaException;
                if (!own && !formula) failures.add("case " + k + " " + Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 40))) + ": " + e);
                report.error(k, System.nanoTime() - start, allocated[0], e, file);
            } catch (Error e) {
                failures.add("case " + k + ": " + e);
            }
            if (allocated[0] > Allocation.justifiedBy(bytes.length)) {
                failures.add("case " + k + ": allocated " + allocated[0] + " bytes for a file of " + bytes.length);
            }
        }
        report.write(Path.of("target", "fuzz"));
        assertThat(failures).as(reader.name()).isEmpty();
    }

    /** One to three mutations of the valid bytes. */
    private static byte[] mutate(byte[] valid, Rng rng) {
        byte[] b = valid.clone();
        int n = 1 + rng.nextInt(3);
        for (int m = 0; m < n; m++) {
            b = switch (rng.nextInt(8)) {
                case 0 -> flipBit(b, rng);
                case 1 -> Arrays.copyOf(b, rng.nextInt(b.length + 1));
                case 2 -> insert(b, rng, randomBytes(rng, 1 + rng.nextInt(8)));
                case 3 -> repeat(b, rng);
                case 4 -> insert(b, rng, "99999999999999999999".getBytes(StandardCharsets.US_ASCII));
                case 5 -> insert(b, rng, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{".getBytes(StandardCharsets.US_ASCII));
                case 6 -> otherEncoding(b, rng);
                default -> hugeCount(b, rng);
            };
        }
        return b;
    }

    /** The same text in UTF-16 (with its byte-order mark) or Latin-1, as a file saved by another editor would be. */
    private static byte[] otherEncoding(byte[] b, Rng rng) {
        String text = new String(b, StandardCharsets.UTF_8) + (rng.nextInt(2) == 0 ? "é" : "");
        return text.getBytes(rng.nextInt(2) == 0 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
    }

    /** Four bytes overwritten with a huge count, in either byte order: a header declaring ~2^31 or 2^32 elements. */
    private static byte[] hugeCount(byte[] b, Rng rng) {
        if (b.length < 4) return b;
        byte[] c = b.clone();
        int at = rng.nextInt(c.length - 3);
        byte[] huge = rng.nextInt(2) == 0 ? new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xf0} : new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x3f};
        System.arraycopy(huge, 0, c, at, 4);
        return c;
    }

    private static byte[] flipBit(byte[] b, Rng rng) {
        if (b.length == 0) return b;
        byte[] c = b.clone();
        c[rng.nextInt(c.length)] ^= (byte) (1 << rng.nextInt(8));
        return c;
    }

    private static byte[] insert(byte[] b, Rng rng, byte[] what) {
        int at = rng.nextInt(b.length + 1);
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private static byte[] repeat(byte[] b, Rng rng) {
        if (b.length == 0) return b;
        int from = rng.nextInt(b.length), len = 1 + rng.nextInt(Math.min(16, b.length - from));
        return insert(b, rng, Arrays.copyOfRange(b, from, from + len));
    }

    private static byte[] randomBytes(Rng rng, int n) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) r[i] = (byte) rng.nextInt(256);
        return r;
    }
}
