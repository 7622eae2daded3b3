package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.LANES;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.SPECIES;

import io.gan4j.tensor.kernel.elementwise.Activations;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * What a GEMM does to each finished element of C while it is still in L1: add the bias of its column,
 * then optionally a leaky ReLU (x where x > 0, slope·x elsewhere, as {@link Activations#leakyRelu}).
 * A dense layer's forward pass is then one pass over its output instead of three.
 *
 * <p>It works on arrays, not on vectors handed in by the caller: a vector passed to a method the JIT
 * does not inline loses its intrinsics (measured: a tenth of a training step in the scalar fallback).
 */
public record Epilogue(float[] columnBias, boolean leakyRelu, float slope) {
    public Epilogue {
        if (columnBias == null) throw new NullPointerException("epilogue: column bias is null");
    }

    /** C + bias, the bias broadcast over rows. */
    public static Epilogue bias(float[] columnBias) {
        return new Epilogue(columnBias, false, 0f);
    }

    /** leakyRelu(C + bias, slope). */
    public static Epilogue biasLeakyRelu(float[] columnBias, float slope) {
        return new Epilogue(columnBias, true, slope);
    }

    /** Finishes c[ci .. ci + width), the columns [col, col + width) of one row. */
    void finishRow(float[] c, int ci, int col, int width) {
        int j = 0;
        for (; j + LANES <= width; j += LANES) {
            FloatVector v = FloatVector.fromArray(SPECIES, c, ci + j).add(FloatVector.fromArray(SPECIES, columnBias, col + j));
            if (leakyRelu) v = v.mul(slope).blend(v, v.compare(VectorOperators.GT, 0f));
            v.intoArray(c, ci + j);
        }
        if (j < width) {
            VectorMask<Float> m = SPECIES.indexInRange(j, width);
            FloatVector v = FloatVector.fromArray(SPECIES, c, ci + j, m).add(FloatVector.fromArray(SPECIES, columnBias, col + j, m));
            if (leakyRelu) v = v.mul(slope).blend(v, v.compare(VectorOperators.GT, 0f));
            v.intoArray(c, ci + j, m);
        }
    }

    /** The finished value of one element of column col. */
    float applyScalar(float v, int col) {
        float x = v + columnBias[col];
        return leakyRelu && !(x > 0f) ? x * slope : x;
    }
}
