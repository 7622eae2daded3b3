package io.gan4j.io;

import io.gan4j.tensor.AtomicFiles;
import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format, version 1.0, for float32 arrays in C order: the magic {@code \x93NUMPY}, the
 * version, a little-endian header length, a Python-literal header ({@code {'descr': '<f4', 'fortran_order':
 * False, 'shape': (2, 1, 28, 28), }}) padded with spaces and a newline so the data starts at a multiple of 64
 * bytes, as NumPy writes it; then the values, little-endian. {@code numpy.load} reads what {@link #write} writes.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int PREAMBLE = MAGIC.length + 2 + 2;
    private static final int ALIGN = 64;
    private static final int MAX_HEADER = 65_535;
    private static final Pattern HEADER = Pattern.compile(
            "\\{'descr': '([^']*)', 'fortran_order': (True|False), 'shape': \\(([0-9, ]*)\\), }\\s*");

    private Npy() {}

    /** Writes the tensor atomically (a temporary file, then a rename). */
    public static void write(Path file, Tensor t) throws IOException {
        byte[] header = header(t.shape());
        ByteBuffer data = ByteBuffer.allocate(4 * t.size()).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(t.data());
        AtomicFiles.write(file, out -> {
            out.write(header);
            out.write(data.array());
        });
    }

    /** The preamble and header, padded so that the data starts at a multiple of 64 bytes. */
    static byte[] header(int[] shape) {
        StringBuilder dims = new StringBuilder();
        for (int i = 0; i < shape.length; i++) dims.append(i == 0 ? "" : ", ").append(shape[i]);
        if (shape.length == 1) dims.append(',');
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
        int total = PREAMBLE + dict.length() + 1;
        int padded = (total + ALIGN - 1) / ALIGN * ALIGN;
        byte[] text = (dict + " ".repeat(padded - total) + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(PREAMBLE + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
        return b.array();
    }

    /** Reads a float32 C-order array; anything else, or a file whose length disagrees with its header, is an error naming it. */
    public static Tensor read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer pre = readFully(ch, PREAMBLE, file, "its preamble");
            byte[] magic = new byte[MAGIC.length];
            pre.get(magic);
            if (!Arrays.equals(magic, MAGIC)) throw bad(file, "not a .npy file (no \\x93NUMPY magic)");
            int major = pre.get() & 0xFF;
            pre.get();
            if (major != 1) throw bad(file, "version " + major + ".x is not supported (only 1.0)");
            int headerLength = pre.order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xFFFF;
            if (headerLength > MAX_HEADER || PREAMBLE + headerLength > size) throw bad(file, "header of " + headerLength + " bytes is cut short");
            String header = StandardCharsets.US_ASCII.decode(readFully(ch, headerLength, file, "its header")).toString();
            Matcher m = HEADER.matcher(header);
            if (!m.matches()) throw bad(file, "header is not a float32 array header: " + header.strip());
            if (!m.group(1).equals("<f4")) throw bad(file, "dtype '" + m.group(1) + "' is not float32 ('<f4')");
            if (m.group(2).equals("True")) throw bad(file, "Fortran order is not supported (C order only)");
            int[] shape = shape(file, m.group(3));
            long count = 1;
            for (int d : shape) count = Math.multiplyExact(count, d);
            if (count > Integer.MAX_VALUE / 4) throw bad(file, "its shape holds " + count + " values, more than one array can");
            long expected = PREAMBLE + headerLength + 4 * count;
            if (size != expected) throw bad(file, "holds " + size + " bytes, its header promises " + expected);
            float[] values = new float[(int) count];
            readFully(ch, (int) (4 * count), file, "its data").order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            return Tensor.of(values, shape);
        } catch (ArithmeticException e) {
            throw bad(file, "its shape holds too many values");
        }
    }

    private static int[] shape(Path file, String text) throws IOException {
        List<Integer> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) continue;
            if (!part.strip().matches("\\d{1,18}")) throw bad(file, "shape (" + text + ") is not a list of sizes");
            long d = Long.parseLong(part.strip());
            if (d > Integer.MAX_VALUE / 4) throw bad(file, "dimension " + d + " is too large");
            dims.add((int) d);
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private static ByteBuffer readFully(FileChannel ch, int n, Path file, String what) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) throw bad(file, "ends inside " + what);
        }
        return b.flip();
    }

    private static IOException bad(Path file, String problem) {
        return new IOException(file + ": " + problem);
    }
}
