package io.gan4j.io;

import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes a safetensors byte source: checks the whole header and layout before loading any data. */
final class SafeTensorsReader {
    private static final int CHUNK_BYTES = 1 << 20;

    private final String source;
    private final ByteSource bytes;

    SafeTensorsReader(String source, ByteSource bytes) {
        this.source = source;
        this.bytes = bytes;
    }

    SafeTensorsFile read() throws IOException {
        long size = bytes.size();
        if (size < 8) throw fail("file is " + size + " bytes, too short for the 8-byte header length");
        int headerLength = headerLength(size);
        byte[] json = new byte[headerLength];
        bytes.readFully(8, ByteBuffer.wrap(json));
        HeaderParser.Header header = HeaderParser.parse(source, json);
        long dataStart = 8L + headerLength;
        DataLayout.check(source, header.entries(), size - dataStart);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (HeaderEntry e : header.entries()) tensors.put(e.name(), load(e, dataStart));
        return new SafeTensorsFile(tensors, header.metadata());
    }

    private int headerLength(long size) throws IOException {
        ByteBuffer prefix = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        bytes.readFully(0, prefix);
        long n = prefix.getLong(0);
        if (n < 0 || n > SafeTensors.MAX_HEADER_BYTES) {
            throw fail("header length " + Long.toUnsignedString(n) + " exceeds the limit of "
                    + SafeTensors.MAX_HEADER_BYTES + " bytes");
        }
        if (n > size - 8) {
            throw fail("header length " + n + " runs past the end of the file (" + size + " bytes)");
        }
        return (int) n;
    }

    private Tensor load(HeaderEntry e, long dataStart) throws IOException {
        float[] values = new float[e.elements()];
        int perChunk = CHUNK_BYTES / e.dtype().bytes;
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK_BYTES, e.byteLength())).order(ByteOrder.LITTLE_ENDIAN);
        for (int done = 0; done < values.length; ) {
            int n = Math.min(perChunk, values.length - done);
            chunk.clear().limit(n * e.dtype().bytes);
            bytes.readFully(dataStart + e.begin() + (long) done * e.dtype().bytes, chunk);
            chunk.flip();
            e.dtype().decode(chunk, values, done, n);
            done += n;
        }
        return Tensor.of(values, e.shape());
    }

    private CheckpointException fail(String detail) {
        return new CheckpointException(source, detail);
    }
}
