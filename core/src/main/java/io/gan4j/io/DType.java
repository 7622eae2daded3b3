package io.gan4j.io;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.ShortBuffer;

/**
 * The safetensors element types gan4j can read. F32 is the native type and the only one written;
 * F64, F16 and BF16 are converted to float32 on read (F64 rounds to nearest). Integer, boolean and
 * 8-bit float types are refused, since a float model has no faithful use for them.
 */
enum DType {
    F32(4),
    F64(8),
    F16(2),
    BF16(2);

    final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    static final String READABLE = "F32, F64, F16 and BF16";

    /** The type named {@code text}, or null when gan4j cannot read it. */
    static DType parse(String text) {
        for (DType t : values()) if (t.name().equals(text)) return t;
        return null;
    }

    /** Decodes {@code count} little-endian values from {@code src} (positioned, LE order) into {@code dst[offset..]}. */
    void decode(ByteBuffer src, float[] dst, int offset, int count) {
        switch (this) {
            case F32 -> src.asFloatBuffer().get(dst, offset, count);
            case F64 -> {
                DoubleBuffer d = src.asDoubleBuffer();
                for (int i = 0; i < count; i++) dst[offset + i] = (float) d.get(i);
            }
            case F16 -> {
                ShortBuffer s = src.asShortBuffer();
                for (int i = 0; i < count; i++) dst[offset + i] = Float.float16ToFloat(s.get(i));
            }
            case BF16 -> {
                ShortBuffer s = src.asShortBuffer();
                for (int i = 0; i < count; i++) dst[offset + i] = Float.intBitsToFloat((s.get(i) & 0xffff) << 16);
            }
        }
    }
}
