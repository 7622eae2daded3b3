package io.gan4j.io;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gan4j.tensor.Tensor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Encodes tensors as safetensors F32: compact JSON header ({@code __metadata__} first, then
 * tensors by name) padded with spaces to a multiple of 8 bytes, then the data in name order.
 */
final class SafeTensorsWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int CHUNK_FLOATS = 1 << 18;

    private final TreeMap<String, Tensor> tensors;
    private final TreeMap<String, String> metadata;

    SafeTensorsWriter(Map<String, Tensor> tensors, Map<String, String> metadata) {
        this.tensors = new TreeMap<>(checkedTensors(tensors));
        this.metadata = new TreeMap<>(checkedMetadata(metadata));
    }

    void writeTo(OutputStream out) throws IOException {
        byte[] header = header();
        ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, header.length);
        out.write(length.array());
        out.write(header);
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_FLOATS * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (Tensor t : tensors.values()) writeData(t.data(), chunk, out);
    }

    private byte[] header() throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = root.putObject(HeaderParser.METADATA_KEY);
            metadata.forEach(meta::put);
        }
        long offset = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            long end = offset + (long) e.getValue().size() * Float.BYTES;
            ObjectNode entry = root.putObject(e.getKey());
            entry.put("dtype", DType.F32.name());
            ArrayNode shape = entry.putArray("shape");
            for (int d : e.getValue().shape()) shape.add(d);
            entry.putArray("data_offsets").add(offset).add(end);
            offset = end;
        }
        return padded(MAPPER.writeValueAsBytes(root));
    }

    private static byte[] padded(byte[] json) {
        int length = (json.length + 7) / 8 * 8;
        byte[] out = Arrays.copyOf(json, length);
        Arrays.fill(out, json.length, length, (byte) ' ');
        return out;
    }

    private static void writeData(float[] data, ByteBuffer chunk, OutputStream out) throws IOException {
        for (int done = 0; done < data.length; ) {
            int n = Math.min(CHUNK_FLOATS, data.length - done);
            chunk.clear();
            chunk.asFloatBuffer().put(data, done, n);
            out.write(chunk.array(), 0, n * Float.BYTES);
            done += n;
        }
    }

    private static Map<String, Tensor> checkedTensors(Map<String, Tensor> tensors) {
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            Objects.requireNonNull(e.getKey(), "tensor name");
            if (e.getKey().equals(HeaderParser.METADATA_KEY)) {
                throw new IllegalArgumentException("a tensor cannot be named " + HeaderParser.METADATA_KEY);
            }
            Objects.requireNonNull(e.getValue(), () -> "tensor '" + e.getKey() + "' is null");
        }
        return tensors;
    }

    private static Map<String, String> checkedMetadata(Map<String, String> metadata) {
        metadata.forEach((k, v) -> {
            Objects.requireNonNull(k, "metadata key");
            Objects.requireNonNull(v, () -> "metadata '" + k + "' is null");
        });
        return metadata;
    }
}
