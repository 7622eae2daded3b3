package io.gan4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTensorsTest {
    private static final String SOURCE = "t.safetensors";

    @TempDir
    Path dir;

    // ---- round trips ----

    @Test
    void roundTripsTensorsOfEveryShapeWithMetadataThroughAFile() throws IOException {
        Map<String, Tensor> tensors = sampleTensors();
        Map<String, String> metadata = Map.of("format", "pt", "note", "quotes \" and é ∑", "", "empty key");
        Path path = dir.resolve("model.safetensors");

        SafeTensors.write(path, tensors, metadata);
        SafeTensorsFile loaded = SafeTensors.read(path);

        assertSameTensors(loaded.tensors(), tensors);
        assertThat(loaded.metadata()).isEqualTo(metadata);
        assertThat(loaded.tensors().keySet()).containsExactly("b", "empty", "empty3d", "s", "special", "w");
    }

    @Test
    void roundTripsInMemoryWithoutMetadata() throws IOException {
        Map<String, Tensor> tensors = sampleTensors();
        SafeTensorsFile loaded = SafeTensors.fromBytes(SOURCE, SafeTensors.toBytes(tensors, Map.of()));
        assertSameTensors(loaded.tensors(), tensors);
        assertThat(loaded.metadata()).isEmpty();
    }

    @Test
    void roundTripsAnEmptyState() throws IOException {
        byte[] bytes = SafeTensors.toBytes(Map.of(), Map.of());
        assertThat(bytes).hasSize(16); // "{}" padded to 8
        SafeTensorsFile loaded = SafeTensors.fromBytes(SOURCE, bytes);
        assertThat(loaded.tensors()).isEmpty();
        assertThat(loaded.metadata()).isEmpty();
    }

    @Test
    void fileBytesEqualInMemoryBytesAndDoNotDependOnMapOrder() throws IOException {
        Map<String, Tensor> forward = sampleTensors();
        Map<String, Tensor> backward = new LinkedHashMap<>();
        List<String> names = List.copyOf(forward.keySet());
        for (int i = names.size() - 1; i >= 0; i--) backward.put(names.get(i), forward.get(names.get(i)));
        Path path = dir.resolve("a.safetensors");

        SafeTensors.write(path, forward, Map.of("k", "v"));

        assertThat(Files.readAllBytes(path)).isEqualTo(SafeTensors.toBytes(backward, Map.of("k", "v")));
    }

    @Test
    void headerIsPaddedWithSpacesToEightBytes() throws IOException {
        for (int nameLength = 1; nameLength <= 16; nameLength++) {
            byte[] bytes = SafeTensors.toBytes(Map.of("x".repeat(nameLength), Tensor.scalar(1f)), Map.of());
            long headerLength = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
            assertThat(headerLength % 8).isZero();
            assertThat(bytes[(int) headerLength + 7]).isIn((byte) '}', (byte) ' ');
            assertThat(bytes.length).isEqualTo(8 + headerLength + 4);
        }
    }

    @Test
    void writesExactlyTheExpectedBytes() {
        Map<String, Tensor> tensors = Map.of("b", Tensor.scalar(0.5f), "a", Tensor.of(new float[] {1f, -2f}, 2));

        byte[] actual = SafeTensors.toBytes(tensors, Map.of("format", "pt"));

        String json = "{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[8,12]}}"
                + "      "; // 138 bytes of JSON padded to 144
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(new byte[] {(byte) 0x90, 0, 0, 0, 0, 0, 0, 0}); // 144, little-endian u64
        expected.writeBytes(json.getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {0, 0, (byte) 0x80, 0x3F}); // 1.0f
        expected.writeBytes(new byte[] {0, 0, 0, (byte) 0xC0}); // -2.0f
        expected.writeBytes(new byte[] {0, 0, 0, 0x3F}); // 0.5f
        assertThat(actual).isEqualTo(expected.toByteArray());
    }

    @Test
    void writeRefusesTheMetadataKeyAsATensorName() {
        assertThatThrownBy(() -> SafeTensors.toBytes(Map.of("__metadata__", Tensor.scalar(1f)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("__metadata__");
    }

    // ---- other dtypes ----

    @Test
    void readsTensorsWrittenByOthersInAnyOrderOfOffsets() throws IOException {
        byte[] bytes = file("{\"y\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]},"
                + "\"x\":{\"data_offsets\":[0,4],\"shape\":[],\"dtype\":\"F32\"}}", le(3f, 7f));
        Map<String, Tensor> t = SafeTensors.fromBytes(SOURCE, bytes).tensors();
        assertThat(t.get("x").shape()).isEmpty();
        assertThat(t.get("x").item()).isEqualTo(3f);
        assertThat(t.get("y").data()).containsExactly(7f);
    }

    @Test
    void convertsF64ToFloat() throws IOException {
        ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1.5).putDouble(0.1);
        byte[] bytes = file("{\"d\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,16]}}", data.array());
        assertThat(SafeTensors.fromBytes(SOURCE, bytes).tensors().get("d").data()).containsExactly(1.5f, 0.1f);
    }

    @Test
    void convertsF16AndBF16ToFloat() throws IOException {
        byte[] bytes = file("{\"h\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,6]},"
                        + "\"bf\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[6,10]}}",
                0x00, 0x3C, 0x00, 0xC0, 0xFF, 0x7B, // F16: 1, -2, 65504
                0x80, 0x3F, 0x40, 0xC0); // BF16: 1, -3
        Map<String, Tensor> t = SafeTensors.fromBytes(SOURCE, bytes).tensors();
        assertThat(t.get("h").data()).containsExactly(1f, -2f, 65504f);
        assertThat(t.get("bf").data()).containsExactly(1f, -3f);
    }

    @Test
    void refusesOtherDtypesNamingTheTensor() {
        assertFails(file("{\"step\":{\"dtype\":\"I64\",\"shape\":[],\"data_offsets\":[0,8]}}", new byte[8]),
                "tensor 'step': dtype \"I64\" cannot be read; gan4j reads F32, F64, F16 and BF16");
        assertFails(file("{\"a\":{\"dtype\":\"F33\",\"shape\":[],\"data_offsets\":[0,4]}}", new byte[4]),
                "tensor 'a': dtype \"F33\" cannot be read; gan4j reads F32, F64, F16 and BF16");
    }

    // ---- malformed files ----

    @Test
    void rejectsAFileShorterThanTheLengthPrefix() {
        assertFails(new byte[5], "file is 5 bytes, too short for the 8-byte header length");
    }

    @Test
    void rejectsAHeaderLengthPastTheEndOfTheFile() {
        assertFails(withLength(100, new byte[10]), "header length 100 runs past the end of the file (18 bytes)");
    }

    @Test
    void rejectsAnAbsurdHeaderLength() {
        assertFails(withLength(200_000_000L, new byte[2]), "header length 200000000 exceeds the limit of 100000000 bytes");
        assertFails(withLength(-1L, new byte[2]), "header length 18446744073709551615 exceeds the limit of 100000000 bytes");
    }

    @Test
    void rejectsAHeaderThatIsNotAJsonObject() {
        String notObject = "header is not a JSON object (it must start with '{')";
        assertFails(file(""), notObject);
        assertFails(file("[1, 2]"), notObject);
        assertFails(file(" {}"), notObject);
        assertFails(file("\"text\""), notObject);
    }

    @Test
    void rejectsInvalidJson() {
        assertFailsStartingWith(file("{not json}"), "header is not valid JSON at character 1: ");
        assertFailsStartingWith(file("{\"a\": 1"), "header is not valid JSON");
        assertFailsStartingWith(file("{} {}"), "header is not valid JSON");
        assertFailsStartingWith(file("{} x"), "header is not valid JSON");
    }

    @Test
    void rejectsAHeaderThatIsNotUtf8() {
        byte[] json = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};
        assertFails(withLength(json.length, json), "header is not valid UTF-8");
    }

    @Test
    void rejectsDuplicateKeys() {
        String entry = "{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}";
        assertFailsStartingWith(file("{\"a\":" + entry + ",\"a\":" + entry + "}", le(1f)), "header is not valid JSON")
                .contains("Duplicate", "'a'");
        assertFailsStartingWith(file("{\"__metadata__\":{\"k\":\"1\",\"k\":\"2\"}}"), "header is not valid JSON")
                .contains("Duplicate", "'k'");
        assertFailsStartingWith(file("{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}", le(1f)),
                "header is not valid JSON").contains("Duplicate", "'dtype'");
    }

    @Test
    void rejectsMissingEntryFields() {
        assertFails(file("{\"a\":{\"shape\":[],\"data_offsets\":[0,4]}}", le(1f)), "tensor 'a': missing \"dtype\"");
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"data_offsets\":[0,4]}}", le(1f)), "tensor 'a': missing \"shape\"");
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[]}}", le(1f)), "tensor 'a': missing \"data_offsets\"");
    }

    @Test
    void rejectsMistypedEntries() {
        assertFails(file("{\"a\":5}"), "tensor 'a': entry is not a JSON object");
        assertFails(entry("32", "[]", "[0,4]"), "tensor 'a': \"dtype\" is not a string: 32");
        assertFails(entry("\"F32\"", "\"1\"", "[0,4]"), "tensor 'a': \"shape\" is not an array: \"1\"");
        assertFails(entry("\"F32\"", "[2.5]", "[0,4]"), "tensor 'a': \"shape\" [2.5] has a dimension that is not a 32-bit integer");
        assertFails(entry("\"F32\"", "[3000000000]", "[0,4]"),
                "tensor 'a': \"shape\" [3000000000] has a dimension that is not a 32-bit integer");
        assertFails(entry("\"F32\"", "[]", "[4]"), "tensor 'a': \"data_offsets\" must be [begin, end], got [4]");
        assertFails(entry("\"F32\"", "[]", "[0,4,8]"), "tensor 'a': \"data_offsets\" must be [begin, end], got [0,4,8]");
        assertFails(entry("\"F32\"", "[]", "{}"), "tensor 'a': \"data_offsets\" must be [begin, end], got {}");
        assertFails(entry("\"F32\"", "[]", "[0,\"4\"]"),
                "tensor 'a': \"data_offsets\" [0,\"4\"] must hold two non-negative integers");
        assertFails(entry("\"F32\"", "[]", "[-4,0]"), "tensor 'a': \"data_offsets\" [-4,0] must hold two non-negative integers");
    }

    @Test
    void rejectsUnknownEntryFields() {
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4],\"stride\":[1]}}", le(1f)),
                "tensor 'a': unexpected field \"stride\"");
    }

    @Test
    void rejectsNegativeDimensions() {
        assertFails(entry("\"F32\"", "[2,-1]", "[0,4]"), "tensor 'a': \"shape\" [2,-1] has a negative dimension");
    }

    @Test
    void rejectsAShapeWithTooManyElements() {
        assertFails(entry("\"F32\"", "[65536,65536]", "[0,4]"),
                "tensor 'a': shape [65536, 65536] has more than 2147483647 elements");
    }

    @Test
    void rejectsBeginAfterEnd() {
        assertFails(entry("\"F32\"", "[]", "[4,0]"), "tensor 'a': \"data_offsets\" [4,0] has begin after end");
    }

    @Test
    void rejectsAnEndBeyondTheData() {
        assertFails(entry("\"F32\"", "[2]", "[0,8]"), "tensor 'a': data_offsets end 8 is beyond the 4-byte data buffer");
    }

    @Test
    void rejectsAByteLengthThatDoesNotMatchTheShape() {
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", le(1f, 2f)),
                "tensor 'a': data_offsets [0, 8] hold 8 bytes, but shape [3] of F32 needs 12");
        assertFails(file("{\"a\":{\"dtype\":\"F16\",\"shape\":[2,2],\"data_offsets\":[0,4]}}", le(1f)),
                "tensor 'a': data_offsets [0, 4] hold 4 bytes, but shape [2, 2] of F16 needs 8");
    }

    @Test
    void rejectsOverlappingRanges() {
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                        + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", le(1f, 2f, 3f)),
                "tensors 'a' [0, 8] and 'b' [4, 12] overlap");
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                        + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", le(1f)),
                "tensors 'a' [0, 4] and 'b' [0, 4] overlap");
    }

    @Test
    void rejectsGapsInTheData() {
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                        + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}", le(1f, 2f, 3f)),
                "data bytes [4, 8) belong to no tensor");
        assertFails(file("{\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", le(1f, 2f)),
                "data bytes [0, 4) belong to no tensor");
    }

    @Test
    void rejectsTrailingBytes() {
        assertFails(file("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", le(1f, 2f)),
                "data bytes [4, 8) belong to no tensor");
        assertFails(file("{}", 1, 2, 3), "data bytes [0, 3) belong to no tensor");
    }

    @Test
    void rejectsMetadataThatIsNotAStringMap() {
        assertFails(file("{\"__metadata__\":{\"epoch\":3}}"), "metadata 'epoch' is not a string: 3");
        assertFails(file("{\"__metadata__\":{\"tags\":[\"a\"]}}"), "metadata 'tags' is not a string: [\"a\"]");
        assertFails(file("{\"__metadata__\":[]}"), "\"__metadata__\" is not a JSON object");
    }

    @Test
    void readsNullMetadataAsEmpty() throws IOException {
        assertThat(SafeTensors.fromBytes(SOURCE, file("{\"__metadata__\":null}")).metadata()).isEmpty();
    }

    @Test
    void fileErrorsNameTheFile() throws IOException {
        Path path = dir.resolve("broken.safetensors");
        Files.write(path, file("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", le(1f)));
        assertThatThrownBy(() -> SafeTensors.read(path))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoint " + path + ": tensor 'a': data_offsets end 8 is beyond the 4-byte data buffer");
    }

    // ---- helpers ----

    private static Map<String, Tensor> sampleTensors() {
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("w", Tensor.normal(new Rng(7), 0f, 1f, 2, 3));
        t.put("b", Tensor.of(new float[] {0.25f, -1f, 3f}, 3));
        t.put("s", Tensor.scalar(42f));
        t.put("empty", Tensor.zeros(0));
        t.put("empty3d", Tensor.zeros(2, 0, 3));
        t.put("special", Tensor.of(new float[] {Float.NaN, -0f, Float.POSITIVE_INFINITY, Float.MIN_VALUE}, 2, 2));
        return t;
    }

    private static void assertSameTensors(Map<String, Tensor> actual, Map<String, Tensor> expected) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, e) -> {
            Tensor a = actual.get(name);
            assertThat(a.shape()).as(name).isEqualTo(e.shape());
            assertThat(bits(a.data())).as(name).isEqualTo(bits(e.data()));
        });
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) bits[i] = Float.floatToRawIntBits(values[i]);
        return bits;
    }

    private static void assertFails(byte[] bytes, String detail) {
        assertThatThrownBy(() -> SafeTensors.fromBytes(SOURCE, bytes))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoint " + SOURCE + ": " + detail);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertFailsStartingWith(byte[] bytes, String prefix) {
        try {
            SafeTensors.fromBytes(SOURCE, bytes);
        } catch (CheckpointException e) {
            return assertThat(e.getMessage()).startsWith("checkpoint " + SOURCE + ": " + prefix);
        }
        throw new AssertionError("expected a CheckpointException starting with " + prefix);
    }

    /** A one-tensor file named 'a' holding one float, with the given raw JSON values. */
    private static byte[] entry(String dtype, String shape, String offsets) {
        return file("{\"a\":{\"dtype\":" + dtype + ",\"shape\":" + shape + ",\"data_offsets\":" + offsets + "}}", le(1f));
    }

    private static byte[] file(String header, int... data) {
        byte[] bytes = new byte[data.length];
        for (int i = 0; i < data.length; i++) bytes[i] = (byte) data[i];
        return file(header, bytes);
    }

    private static byte[] file(String header, byte[] data) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(withLength(json.length, json));
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] withLength(long headerLength, byte[] rest) {
        return ByteBuffer.allocate(8 + rest.length).order(ByteOrder.LITTLE_ENDIAN).putLong(headerLength).put(rest).array();
    }

    private static byte[] le(float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) b.putFloat(v);
        return b.array();
    }
}
