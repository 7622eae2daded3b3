package io.gan4j.tensor.kernel.elementwise;

import java.util.function.DoubleUnaryOperator;

/** Dense float sweeps for accuracy tests: evenly spaced in bit order, so every binade is visited. */
final class FloatSweep {
    private FloatSweep() {}

    /** About {@code count} floats from lo to hi (both included), evenly spaced by their ordered bits. */
    static float[] between(float lo, float hi, int count) {
        long a = ordered(lo), b = ordered(hi);
        long stride = Math.max(1, (b - a) / (count - 1));
        int n = (int) ((b - a) / stride) + 1;
        float[] x = new float[n + 1];
        for (int i = 0; i < n; i++) x[i] = fromOrdered(a + i * stride);
        x[n] = hi;
        return x;
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) n += p.length;
        float[] all = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /**
     * The largest error, in ulps of the float nearest the exact result, of {@code actual}
     * against a double-precision reference. A wrong inf, NaN or zero counts as infinitely wrong.
     */
    static double maxUlpError(float[] x, float[] actual, DoubleUnaryOperator reference) {
        double worst = 0;
        for (int i = 0; i < x.length; i++) worst = Math.max(worst, ulpError(actual[i], reference.applyAsDouble(x[i])));
        return worst;
    }

    static double ulpError(float actual, double exact) {
        float rounded = (float) exact;
        if (Float.isNaN(rounded) || Float.isNaN(actual)) return Float.isNaN(rounded) && Float.isNaN(actual) ? 0 : Double.POSITIVE_INFINITY;
        if (Float.isInfinite(rounded) || Float.isInfinite(actual)) return rounded == actual ? 0 : Double.POSITIVE_INFINITY;
        return Math.abs(actual - exact) / Math.ulp(rounded);
    }

    private static long ordered(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits < 0 ? -(long) (bits & 0x7fffffff) : bits;
    }

    private static float fromOrdered(long o) {
        return o < 0 ? Float.intBitsToFloat((int) -o | 0x80000000) : Float.intBitsToFloat((int) o);
    }
}
