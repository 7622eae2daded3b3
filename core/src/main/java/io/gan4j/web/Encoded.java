package io.gan4j.web;

import io.gan4j.tensor.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Arrays in the compact forms the page decodes: base64 of little-endian float32 (a JavaScript
 * Float32Array), of one byte per value in [0, 1] (255 marks a value that is not finite), of one
 * byte per pixel, and of one bit per flag.
 */
final class Encoded {
    static final int NOT_FINITE = 255;

    private Encoded() {}

    static String floats(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) b.putFloat(v);
        return Base64.getEncoder().encodeToString(b.array());
    }

    /** Values in [0, 1] as 0..254. */
    static String unitBytes(float[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            out[i] = (byte) (Float.isFinite(v) ? Math.round(Math.clamp(v, 0f, 1f) * 254) : NOT_FINITE);
        }
        return Base64.getEncoder().encodeToString(out);
    }

    /** Images [n, c, h, w] with pixels in [-1, 1], as bytes 0..255 in the same order. */
    static String pixels(Tensor images) {
        float[] v = images.data();
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            float p = Float.isFinite(v[i]) ? Math.clamp((v[i] + 1) * 0.5f, 0f, 1f) : 0f;
            out[i] = (byte) Math.round(p * 255);
        }
        return Base64.getEncoder().encodeToString(out);
    }

    /** Flags as bits, the first flag in the lowest bit of the first byte. */
    static String bits(boolean[] flags) {
        byte[] out = new byte[(flags.length + 7) / 8];
        for (int i = 0; i < flags.length; i++) if (flags[i]) out[i >> 3] |= (byte) (1 << (i & 7));
        return Base64.getEncoder().encodeToString(out);
    }
}
