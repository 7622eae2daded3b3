package io.gan4j.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gan4j.tensor.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pretty JSON for people and programs; NaN and infinities, which JSON cannot hold, become null. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(Path file, Object value) throws IOException {
        AtomicFiles.writeString(file, text(value));
    }

    /** A copy with non-finite numbers as null, keeping the order. */
    public static Map<String, Double> finite(Map<String, Double> values) {
        if (values == null) return null;
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v != null && Double.isFinite(v) ? v : null));
        return out;
    }

    public static Map<String, Object> read(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = MAPPER.readValue(file.toFile(), Map.class);
        return m;
    }
}
