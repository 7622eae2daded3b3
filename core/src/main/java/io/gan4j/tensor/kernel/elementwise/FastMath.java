package io.gan4j.tensor.kernel.elementwise;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vectorized, deterministic float transcendentals: exp, log, tanh, sigmoid, softplus and
 * log-sigmoid, within a few ulp of the correctly rounded result.
 *
 * <p>They are built only from exactly rounded lane operations (add, sub, mul, div, fma,
 * min, max, compares, blends, integer bit operations); the Vector API's own EXP/LOG/TANH
 * lanes give different bits interpreted and compiled. Every function has a scalar twin that
 * performs the same operations in the same order ({@code Math.fma} rounds like a vector
 * fma), so a value gives the same bits in a vector body, in a loop tail, before and after
 * JIT compilation.
 *
 * <p>Array forms read {@code x} and write {@code r} (which may be the same array) for the
 * first {@code x.length} elements.
 */
public final class FastMath {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    // exp: x = n ln2 + r, |r| <= ln2/2. ln2 split so n * LN2_HI is exact for |n| <= 256.
    private static final float LOG2E = 0x1.715476p+0f;
    private static final float LN2_HI = 0x1.62e4p-1f;
    private static final float LN2_LO = 0x1.7f7d1cp-20f;
    /** 1.5 * 2^23: adding it rounds to an integer, which then sits in the low mantissa bits. */
    private static final float ROUNDER = 0x1.8p23f;
    private static final int ROUNDER_BITS = 0x4B400000;
    /** Beyond these the result is inf or 0 anyway; clamping keeps 2^n representable. */
    private static final float EXP_HI = 89f;
    private static final float EXP_LO = -104f;
    // e^r = 1 + r + r^2 (E2 + E3 r + E4 r^2 + E5 r^3 + E6 r^4), minimax on [-ln2/2, ln2/2].
    private static final float E2 = 0x1.fffffcp-2f;
    private static final float E3 = 0x1.55549p-3f;
    private static final float E4 = 0x1.5558fcp-5f;
    private static final float E5 = 0x1.123b8ap-7f;
    private static final float E6 = 0x1.6a2174p-10f;

    // log: x = 2^k m, m in [sqrt(1/2), sqrt(2)), f = m - 1, s = f / (2 + f), z = s^2 <= 0.0295.
    // log m = 2 atanh(s) = 2s + s R(z), rearranged as f - (f^2/2 - s (f^2/2 + R)) so the leading
    // term f is exact; R(z) = z (L3 + L5 z + L7 z^2 + L9 z^3), the atanh series times 2.
    private static final int SQRT_HALF_BITS = 0x3f3504f3;
    private static final int ONE_BITS = 0x3f800000;
    private static final float TWO_POW_23 = 0x1p23f;
    private static final float L3 = 2f / 3, L5 = 2f / 5, L7 = 2f / 7, L9 = 2f / 9;

    // tanh|x| = a + a^3 P(a^2) for a = |x| < TANH_SMALL (minimax); 1 - 2/(e^{2a}+1) beyond; then x's sign.
    private static final float TANH_SMALL = 0.625f;
    private static final float TANH_SATURATE = 10f;
    private static final float T0 = -0x1.555554p-2f;
    private static final float T1 = 0x1.111066p-3f;
    private static final float T2 = -0x1.b9ee9p-5f;
    private static final float T3 = 0x1.638b56p-6f;
    private static final float T4 = -0x1.0bf4f6p-7f;
    private static final float T5 = 0x1.18e1c4p-9f;

    private FastMath() {}

    // ---- exp ----

    public static void exp(float[] x, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) exp(FloatVector.fromArray(S, x, i)).intoArray(r, i);
        for (; i < x.length; i++) r[i] = exp(x[i]);
    }

    public static float exp(float x) {
        float xc = Math.min(Math.max(x, EXP_LO), EXP_HI);
        float t = Math.fma(xc, LOG2E, ROUNDER);
        float n = t - ROUNDER;
        float r = Math.fma(n, -LN2_LO, Math.fma(n, -LN2_HI, xc));
        float q = Math.fma(Math.fma(Math.fma(Math.fma(E6, r, E5), r, E4), r, E3), r, E2);
        float p = Math.fma(r * r, q, r) + 1f;
        int ni = Float.floatToRawIntBits(t) - ROUNDER_BITS;
        int half = ni >> 1;
        // 2^n as two factors so that n down to -150 (denormal results) stays representable.
        float s1 = Float.intBitsToFloat((ni - half + 127) << 23);
        float s2 = Float.intBitsToFloat((half + 127) << 23);
        float y = p * s1 * s2;
        return Float.isNaN(x) ? x : y;
    }

    static FloatVector exp(FloatVector x) {
        FloatVector xc = x.max(EXP_LO).min(EXP_HI);
        FloatVector t = xc.fma(LOG2E, ROUNDER);
        FloatVector n = t.sub(ROUNDER);
        FloatVector r = fma(n, -LN2_LO, fma(n, -LN2_HI, xc));
        FloatVector q = fma(fma(fma(fma(r.broadcast(E6), r, E5), r, E4), r, E3), r, E2);
        FloatVector p = r.mul(r).fma(q, r).add(1f);
        IntVector ni = t.reinterpretAsInts().sub(ROUNDER_BITS);
        IntVector half = ni.lanewise(VectorOperators.ASHR, 1);
        FloatVector s1 = ni.sub(half).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        FloatVector s2 = half.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        FloatVector y = p.mul(s1).mul(s2);
        return y.blend(x, x.test(VectorOperators.IS_NAN));
    }

    // ---- log ----

    public static void log(float[] x, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) log(FloatVector.fromArray(S, x, i)).intoArray(r, i);
        for (; i < x.length; i++) r[i] = log(x[i]);
    }

    public static float log(float x) {
        boolean denormal = x < Float.MIN_NORMAL;
        float xs = denormal ? x * TWO_POW_23 : x;
        int ix = Float.floatToRawIntBits(xs) + (ONE_BITS - SQRT_HALF_BITS);
        float k = Float.intBitsToFloat((ix >> 23) - 127 + ROUNDER_BITS) - ROUNDER;
        k = k - (denormal ? 23f : 0f);
        float m = Float.intBitsToFloat((ix & 0x007fffff) + SQRT_HALF_BITS);
        float f = m - 1f;
        float s = f / (f + 2f);
        float z = s * s;
        float r = z * Math.fma(Math.fma(Math.fma(L9, z, L7), z, L5), z, L3);
        float hfsq = 0.5f * f * f;
        float logm = f - (hfsq - s * (hfsq + r));
        float y = Math.fma(k, LN2_HI, Math.fma(k, LN2_LO, logm));
        if (x == Float.POSITIVE_INFINITY) y = x;
        if (x == 0f) y = Float.NEGATIVE_INFINITY;
        if (x < 0f) y = Float.NaN;
        return Float.isNaN(x) ? x : y;
    }

    static FloatVector log(FloatVector x) {
        VectorMask<Float> denormal = x.compare(VectorOperators.LT, Float.MIN_NORMAL);
        FloatVector xs = x.blend(x.mul(TWO_POW_23), denormal);
        IntVector ix = xs.reinterpretAsInts().add(ONE_BITS - SQRT_HALF_BITS);
        FloatVector k = ix.lanewise(VectorOperators.ASHR, 23).add(ROUNDER_BITS - 127).reinterpretAsFloats().sub(ROUNDER);
        k = k.sub(x.broadcast(0f).blend(23f, denormal));
        FloatVector m = ix.and(0x007fffff).add(SQRT_HALF_BITS).reinterpretAsFloats();
        FloatVector f = m.sub(1f);
        FloatVector s = f.div(f.add(2f));
        FloatVector z = s.mul(s);
        FloatVector r = z.mul(fma(fma(fma(z.broadcast(L9), z, L7), z, L5), z, L3));
        FloatVector hfsq = f.mul(0.5f).mul(f);
        FloatVector logm = f.sub(hfsq.sub(s.mul(hfsq.add(r))));
        FloatVector y = fma(k, LN2_HI, fma(k, LN2_LO, logm));
        y = y.blend(x, x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY));
        y = y.blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0f));
        y = y.blend(Float.NaN, x.compare(VectorOperators.LT, 0f));
        return y.blend(x, x.test(VectorOperators.IS_NAN));
    }

    /** log(1 + u) for u in [0, 1]: log(w) for w = fl(1 + u), corrected by the rounding error of w. */
    static float log1p01(float u) {
        float w = 1f + u;
        float c = u - (w - 1f);
        return log(w) + c / w;
    }

    static FloatVector log1p01(FloatVector u) {
        FloatVector w = u.add(1f);
        FloatVector c = u.sub(w.sub(1f));
        return log(w).add(c.div(w));
    }

    // ---- tanh ----

    public static void tanh(float[] x, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) tanh(FloatVector.fromArray(S, x, i)).intoArray(r, i);
        for (; i < x.length; i++) r[i] = tanh(x[i]);
    }

    public static float tanh(float x) {
        float a = Math.abs(x);
        float y;
        if (a < TANH_SMALL) {
            float a2 = a * a;
            float p = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(T5, a2, T4), a2, T3), a2, T2), a2, T1), a2, T0);
            y = Math.fma(a * a2, p, a);
        } else {
            float e = exp(Math.min(a, TANH_SATURATE) * 2f);
            y = 1f - 2f / (e + 1f);
        }
        y = Float.intBitsToFloat(Float.floatToRawIntBits(y) | (Float.floatToRawIntBits(x) & 0x80000000));
        return Float.isNaN(x) ? x : y;
    }

    static FloatVector tanh(FloatVector x) {
        FloatVector a = x.abs();
        FloatVector a2 = a.mul(a);
        FloatVector p = fma(fma(fma(fma(fma(a2.broadcast(T5), a2, T4), a2, T3), a2, T2), a2, T1), a2, T0);
        FloatVector small = a.mul(a2).fma(p, a);
        FloatVector e = exp(a.min(TANH_SATURATE).mul(2f));
        FloatVector big = x.broadcast(1f).sub(x.broadcast(2f).div(e.add(1f)));
        FloatVector y = big.blend(small, a.compare(VectorOperators.LT, TANH_SMALL));
        IntVector sign = x.reinterpretAsInts().and(0x80000000);
        y = y.reinterpretAsInts().or(sign).reinterpretAsFloats();
        return y.blend(x, x.test(VectorOperators.IS_NAN));
    }

    // ---- sigmoid family ----

    /** 1 / (1 + e^-x), from e^-|x| so neither tail overflows. */
    public static void sigmoid(float[] x, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) sigmoid(FloatVector.fromArray(S, x, i)).intoArray(r, i);
        for (; i < x.length; i++) r[i] = sigmoid(x[i]);
    }

    public static float sigmoid(float x) {
        float e = exp(-Math.abs(x));
        float d = 1f + e;
        float y = x >= 0f ? 1f / d : e / d;
        return Float.isNaN(x) ? x : y;
    }

    static FloatVector sigmoid(FloatVector x) {
        FloatVector e = exp(x.abs().neg());
        FloatVector d = e.add(1f);
        FloatVector num = e.blend(1f, x.compare(VectorOperators.GE, 0f));
        FloatVector y = num.div(d);
        return y.blend(x, x.test(VectorOperators.IS_NAN));
    }

    /** log(1 + e^x) = max(x, 0) + log1p(e^-|x|): finite for every finite x, e^x for very negative x. */
    public static void softplus(float[] x, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) softplus(FloatVector.fromArray(S, x, i)).intoArray(r, i);
        for (; i < x.length; i++) r[i] = softplus(x[i]);
    }

    public static float softplus(float x) {
        float y = Math.max(x, 0f) + log1p01(exp(-Math.abs(x)));
        return Float.isNaN(x) ? x : y;
    }

    static FloatVector softplus(FloatVector x) {
        FloatVector y = x.max(0f).add(log1p01(exp(x.abs().neg())));
        return y.blend(x, x.test(VectorOperators.IS_NAN));
    }

    /** log(sigmoid(x)) = min(x, 0) - log1p(e^-|x|) = -softplus(-x). */
    public static void logSigmoid(float[] x, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) logSigmoid(FloatVector.fromArray(S, x, i)).intoArray(r, i);
        for (; i < x.length; i++) r[i] = logSigmoid(x[i]);
    }

    public static float logSigmoid(float x) {
        float y = Math.min(x, 0f) - log1p01(exp(-Math.abs(x)));
        return Float.isNaN(x) ? x : y;
    }

    static FloatVector logSigmoid(FloatVector x) {
        FloatVector y = x.min(0f).sub(log1p01(exp(x.abs().neg())));
        return y.blend(x, x.test(VectorOperators.IS_NAN));
    }

    /** a * b + c with one rounding, like {@code Math.fma}. */
    private static FloatVector fma(FloatVector a, FloatVector b, float c) {
        return a.fma(b, a.broadcast(c));
    }

    private static FloatVector fma(FloatVector a, float b, FloatVector c) {
        return a.fma(a.broadcast(b), c);
    }
}
