package io.gan4j.io;

import io.gan4j.tensor.AtomicFiles;
import io.gan4j.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Reads and writes the Hugging Face safetensors format: an 8-byte little-endian header length N,
 * N bytes of UTF-8 JSON mapping names to {@code {"dtype", "shape", "data_offsets"}} plus an optional
 * {@code "__metadata__"} string map, then the little-endian data.
 *
 * <p><b>Writing</b> always uses F32, tensors in name order, compact JSON with {@code __metadata__}
 * first, padded with spaces so the data starts on an 8-byte boundary: the same state gives the
 * same bytes. Files are written atomically.
 *
 * <p><b>Reading</b> accepts F32, and converts F64 (rounded to nearest; beyond float range becomes
 * infinite), F16 and BF16 to float32; any other dtype is refused naming the tensor. The reader is
 * strict and loads nothing on error: it throws a {@link CheckpointException} naming the file and the tensor or field for a short file, a header
 * length past the file or over {@value #MAX_HEADER_BYTES} bytes, a header that is not a JSON
 * object (it must start with '{'), duplicate keys, a missing, mistyped or unknown entry field,
 * negative dimensions, bad or out-of-range offsets, a byte length that does not match shape and
 * dtype, overlapping ranges, and data bytes that belong to no tensor (gaps or trailing bytes: the
 * format requires the data buffer to be fully indexed). Stricter than the reference reader on three
 * points: duplicate keys, unknown entry fields and a header not starting with '{' (which the format
 * text forbids) are refused. A null {@code __metadata__} is read as empty, as the reference does.
 */
public final class SafeTensors {
    /** The largest header accepted, as in the reference implementation. */
    public static final int MAX_HEADER_BYTES = 100_000_000;

    private SafeTensors() {}

    /** Writes {@code tensors} and {@code metadata} to {@code path} atomically. */
    public static void write(Path path, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        SafeTensorsWriter writer = new SafeTensorsWriter(tensors, metadata);
        AtomicFiles.write(path, writer::writeTo);
    }

    public static void write(Path path, Map<String, Tensor> tensors) throws IOException {
        write(path, tensors, Map.of());
    }

    public static SafeTensorsFile read(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return new SafeTensorsReader(path.toString(), ByteSource.of(channel)).read();
        } catch (EOFException e) {
            throw new CheckpointException(path.toString(), e.getMessage() + " (was it changed while being read?)", e);
        }
    }

    /** The file's bytes in memory; what {@link #write} puts on disk. */
    public static byte[] toBytes(Map<String, Tensor> tensors, Map<String, String> metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SafeTensorsWriter(tensors, metadata).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory safetensors encoding failed", e);
        }
        return out.toByteArray();
    }

    /** Decodes in-memory bytes; {@code source} names them in error messages. */
    public static SafeTensorsFile fromBytes(String source, byte[] bytes) throws CheckpointException {
        try {
            return new SafeTensorsReader(source, ByteSource.of(bytes)).read();
        } catch (CheckpointException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading in-memory bytes cannot fail", e);
        }
    }
}
