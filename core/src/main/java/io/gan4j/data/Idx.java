package io.gan4j.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX files of MNIST and Fashion-MNIST: a big-endian magic number
 * ({@code 0x00000803} for images of unsigned bytes, {@code 0x00000801} for labels), big-endian
 * dimensions, then the bytes. Gzipped files are recognised by their content, whatever their name.
 * Errors name the file and give the numbers that disagree.
 */
public final class Idx {
    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;
    private static final int IMAGES_HEADER = 16;
    private static final int LABELS_HEADER = 8;

    private Idx() {}

    public static IdxImages readImages(Path file) {
        byte[] bytes = readBytes(file);
        ByteBuffer in = header(file, bytes, IMAGES_MAGIC, IMAGES_HEADER, "images");
        int count = in.getInt(), rows = in.getInt(), cols = in.getInt();
        if (count < 0 || rows <= 0 || cols <= 0) {
            throw new DataFileException(file, ": bad dimensions " + count + " images of " + rows + "x" + cols);
        }
        long expected = IMAGES_HEADER + (long) count * rows * cols;
        requireLength(file, bytes, expected, IMAGES_HEADER + " + " + count + " x " + rows + " x " + cols, count + " images");
        return new IdxImages(count, rows, cols, Arrays.copyOfRange(bytes, IMAGES_HEADER, bytes.length));
    }

    /** The labels, each 0..255. */
    public static int[] readLabels(Path file) {
        byte[] bytes = readBytes(file);
        ByteBuffer in = header(file, bytes, LABELS_MAGIC, LABELS_HEADER, "labels");
        int count = in.getInt();
        if (count < 0) throw new DataFileException(file, ": bad label count " + count);
        requireLength(file, bytes, LABELS_HEADER + (long) count, LABELS_HEADER + " + " + count, count + " labels");
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) labels[i] = bytes[LABELS_HEADER + i] & 0xFF;
        return labels;
    }

    private static ByteBuffer header(Path file, byte[] bytes, int magic, int headerSize, String kind) {
        if (bytes.length < headerSize) {
            throw new DataFileException(file, ": " + bytes.length + " bytes, too short for an IDX " + kind + " header (" + headerSize + " bytes)");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes); // big-endian, as IDX
        int found = in.getInt();
        if (found != magic) {
            throw new DataFileException(file, ": magic number " + hex(found) + " is not " + hex(magic) + " (IDX " + kind + ")" + magicHint(found));
        }
        return in;
    }

    private static String magicHint(int found) {
        if (found == IMAGES_MAGIC) return "; this looks like an images file";
        if (found == LABELS_MAGIC) return "; this looks like a labels file";
        return "; not an IDX file of unsigned bytes";
    }

    private static void requireLength(Path file, byte[] bytes, long expected, String formula, String what) {
        if (bytes.length == expected) return;
        String problem = bytes.length < expected ? " (truncated)" : " (" + (bytes.length - expected) + " extra bytes)";
        throw new DataFileException(file, ": holds " + bytes.length + " bytes, expected " + formula + " = " + expected
                + " for " + what + problem);
    }

    /** The file's bytes, gunzipped when they start with the gzip magic {@code 1f 8b}. */
    static byte[] readBytes(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, ": file not found");
        } catch (IOException e) {
            throw new DataFileException(file, ": cannot read: " + e.getMessage(), e);
        }
        return isGzip(raw) ? gunzip(file, raw) : raw;
    }

    private static boolean isGzip(byte[] raw) {
        return raw.length >= 2 && (raw[0] & 0xFF) == 0x1f && (raw[1] & 0xFF) == 0x8b;
    }

    private static byte[] gunzip(Path file, byte[] raw) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (EOFException e) {
            throw new DataFileException(file, ": gzip data is truncated", e);
        } catch (ZipException e) {
            throw new DataFileException(file, ": corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataFileException(file, ": cannot gunzip: " + e.getMessage(), e);
        }
    }

    private static String hex(int v) {
        return String.format("0x%08x", v);
    }
}
