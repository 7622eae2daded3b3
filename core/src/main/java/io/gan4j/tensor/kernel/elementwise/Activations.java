package io.gan4j.tensor.kernel.elementwise;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Piecewise-linear activations and their gradient masks, vectorized (ReLU and leaky ReLU run
 * on every layer of every step). Only exact lane operations are used, so the vector body and
 * the scalar tail agree bit for bit.
 *
 * <p>Array forms read the first {@code x.length} elements and write {@code r}, which may be
 * the same array as an input.
 */
public final class Activations {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private Activations() {}

    /** max(x, 0); NaN stays NaN, -0 becomes +0 (as Math.max). */
    public static void relu(float[] x, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) FloatVector.fromArray(S, x, i).max(0f).intoArray(r, i);
        for (; i < x.length; i++) r[i] = Math.max(x[i], 0f);
    }

    /** x where x > 0, slope * x elsewhere (NaN stays NaN). */
    public static void leakyRelu(float[] x, float slope, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            v.mul(slope).blend(v, v.compare(VectorOperators.GT, 0f)).intoArray(r, i);
        }
        for (; i < x.length; i++) r[i] = x[i] > 0f ? x[i] : x[i] * slope;
    }

    /**
     * The leaky ReLU backward: g where x > 0, slope * g elsewhere; with slope 0 (ReLU) exactly
     * 0 elsewhere, whatever g holds.
     */
    public static void leakyReluGrad(float[] g, float[] x, float slope, float[] r) {
        int i = 0, bound = S.loopBound(g.length);
        for (; i < bound; i += S.length()) {
            FloatVector vg = FloatVector.fromArray(S, g, i);
            VectorMask<Float> positive = FloatVector.fromArray(S, x, i).compare(VectorOperators.GT, 0f);
            FloatVector other = slope == 0f ? vg.broadcast(0f) : vg.mul(slope);
            other.blend(vg, positive).intoArray(r, i);
        }
        for (; i < g.length; i++) r[i] = leakyReluGrad(g[i], x[i], slope);
    }

    /** One element of {@link #leakyReluGrad}: the vector loops' lanes compute the same. */
    private static float leakyReluGrad(float g, float x, float slope) {
        return x > 0f ? g : slope == 0f ? 0f : g * slope;
    }

    /**
     * {@link #leakyReluGrad} over rows of {@code width} elements that also adds each column of the result
     * into {@code sums} (rows in order, as {@link Reduce#sumTo} adds a matrix of several rows and columns): a dense layer's bias gradient
     * from the same pass.
     */
    public static void leakyReluGradWithColumnSums(float[] g, float[] x, float slope, float[] r, int width, float[] sums) {
        int bound = S.loopBound(width);
        for (int row = 0; row < g.length; row += width) {
            int j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector vg = FloatVector.fromArray(S, g, row + j);
                VectorMask<Float> positive = FloatVector.fromArray(S, x, row + j).compare(VectorOperators.GT, 0f);
                FloatVector other = slope == 0f ? vg.broadcast(0f) : vg.mul(slope);
                FloatVector v = other.blend(vg, positive);
                v.intoArray(r, row + j);
                FloatVector.fromArray(S, sums, j).add(v).intoArray(sums, j);
            }
            for (; j < width; j++) {
                int i = row + j;
                r[i] = leakyReluGrad(g[i], x[i], slope);
                sums[j] += r[i];
            }
        }
    }

    /** min(max(x, lo), hi); NaN stays NaN. */
    public static void clamp(float[] x, float lo, float hi, float[] r) {
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) FloatVector.fromArray(S, x, i).max(lo).min(hi).intoArray(r, i);
        for (; i < x.length; i++) r[i] = Math.min(Math.max(x[i], lo), hi);
    }

    /** 1 where lo <= x <= hi, else 0 (the clamp gradient: bounds count as inside, as in PyTorch). */
    public static void insideMask(float[] x, float lo, float hi, float[] r) {
        for (int i = 0; i < x.length; i++) r[i] = x[i] >= lo && x[i] <= hi ? 1f : 0f;
    }

    /** sign(x): 1, -1, or 0 for zeros and NaN (the abs gradient, 0 at the kink). */
    public static void sign(float[] x, float[] r) {
        for (int i = 0; i < x.length; i++) r[i] = x[i] > 0f ? 1f : x[i] < 0f ? -1f : 0f;
    }
}
