package io.gan4j.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gan4j.tensor.Shape;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parses and checks the JSON header of a safetensors file, strictly: every problem is a
 * {@link CheckpointException} naming the source and the tensor or field.
 */
final class HeaderParser {
    static final String METADATA_KEY = "__metadata__";
    private static final Set<String> ENTRY_FIELDS = Set.of("dtype", "shape", "data_offsets");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    record Header(List<HeaderEntry> entries, Map<String, String> metadata) {}

    private final String source;

    private HeaderParser(String source) {
        this.source = source;
    }

    static Header parse(String source, byte[] json) throws CheckpointException {
        return new HeaderParser(source).parse(json);
    }

    private Header parse(byte[] json) throws CheckpointException {
        JsonNode root = readTree(json);
        List<HeaderEntry> entries = new ArrayList<>();
        Map<String, String> metadata = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getKey().equals(METADATA_KEY)) {
                metadata = metadata(field.getValue());
            } else {
                entries.add(entry(field.getKey(), field.getValue()));
            }
        }
        return new Header(entries, metadata);
    }

    private JsonNode readTree(byte[] json) throws CheckpointException {
        // The format requires the header to open with '{' (no leading whitespace).
        if (json.length == 0 || json[0] != '{') throw fail("header is not a JSON object (it must start with '{')");
        try {
            JsonNode root = MAPPER.readTree(utf8(json));
            if (root == null || !root.isObject()) throw fail("header is not a JSON object");
            return root;
        } catch (JacksonException e) {
            throw new CheckpointException(source, "header is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        }
    }

    // Decoded here rather than by Jackson, which would also accept UTF-16 and UTF-32.
    private String utf8(byte[] json) throws CheckpointException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw fail("header is not valid UTF-8");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getCharOffset() < 0) return "";
        return " at character " + location.getCharOffset();
    }

    private Map<String, String> metadata(JsonNode node) throws CheckpointException {
        Map<String, String> metadata = new TreeMap<>();
        if (node.isNull()) return metadata;
        if (!node.isObject()) throw fail("\"" + METADATA_KEY + "\" is not a JSON object");
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isTextual()) {
                throw fail("metadata '" + field.getKey() + "' is not a string: " + field.getValue());
            }
            metadata.put(field.getKey(), field.getValue().textValue());
        }
        return metadata;
    }

    private HeaderEntry entry(String name, JsonNode node) throws CheckpointException {
        if (!node.isObject()) throw fail(name, "entry is not a JSON object");
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!ENTRY_FIELDS.contains(field.getKey())) throw fail(name, "unexpected field \"" + field.getKey() + "\"");
        }
        DType dtype = dtype(name, required(name, node, "dtype"));
        int[] shape = shape(name, required(name, node, "shape"));
        long[] offsets = offsets(name, required(name, node, "data_offsets"));
        int elements = elements(name, shape);
        return new HeaderEntry(name, dtype, shape, elements, offsets[0], offsets[1]);
    }

    private JsonNode required(String name, JsonNode entry, String field) throws CheckpointException {
        JsonNode value = entry.get(field);
        if (value == null) throw fail(name, "missing \"" + field + "\"");
        return value;
    }

    private DType dtype(String name, JsonNode node) throws CheckpointException {
        if (!node.isTextual()) throw fail(name, "\"dtype\" is not a string: " + node);
        DType dtype = DType.parse(node.textValue());
        if (dtype == null) {
            throw fail(name, "dtype \"" + node.textValue() + "\" cannot be read; gan4j reads " + DType.READABLE);
        }
        return dtype;
    }

    private int[] shape(String name, JsonNode node) throws CheckpointException {
        if (!node.isArray()) throw fail(name, "\"shape\" is not an array: " + node);
        int[] shape = new int[node.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode dim = node.get(i);
            if (!dim.isIntegralNumber() || !dim.canConvertToInt()) {
                throw fail(name, "\"shape\" " + node + " has a dimension that is not a 32-bit integer");
            }
            if (dim.intValue() < 0) throw fail(name, "\"shape\" " + node + " has a negative dimension");
            shape[i] = dim.intValue();
        }
        return shape;
    }

    private long[] offsets(String name, JsonNode node) throws CheckpointException {
        if (!node.isArray() || node.size() != 2) {
            throw fail(name, "\"data_offsets\" must be [begin, end], got " + node);
        }
        long[] offsets = new long[2];
        for (int i = 0; i < 2; i++) {
            JsonNode value = node.get(i);
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
                throw fail(name, "\"data_offsets\" " + node + " must hold two non-negative integers");
            }
            offsets[i] = value.longValue();
        }
        if (offsets[0] > offsets[1]) throw fail(name, "\"data_offsets\" " + node + " has begin after end");
        return offsets;
    }

    private int elements(String name, int[] shape) throws CheckpointException {
        for (int d : shape) if (d == 0) return 0;
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw fail(name, "shape " + Shape.str(shape) + " has more than " + Integer.MAX_VALUE + " elements");
            }
        }
        return (int) n;
    }

    private CheckpointException fail(String detail) {
        return new CheckpointException(source, detail);
    }

    private CheckpointException fail(String name, String detail) {
        return new CheckpointException(source, "tensor '" + name + "': " + detail);
    }
}
