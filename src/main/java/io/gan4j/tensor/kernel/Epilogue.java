package io.gan4j.tensor.kernel;

import static io.gan4j.tensor.kernel.MicroKernels.SPECIES;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * What a GEMM does to each finished element of C while it is still in registers: add the bias of its
 * column, then optionally a leaky ReLU (x where x > 0, slope·x elsewhere, as {@link Activations#leakyRelu}).
 * A dense layer's forward pass is then one pass over its output instead of three.
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

    /** The finished values of columns [col, col + lanes) of one row. */
    FloatVector apply(FloatVector v, int col) {
        return activate(v.add(FloatVector.fromArray(SPECIES, columnBias, col)));
    }

    /** The same for a partial vector (columns past the mask are not read). */
    FloatVector apply(FloatVector v, int col, VectorMask<Float> m) {
        return activate(v.add(FloatVector.fromArray(SPECIES, columnBias, col, m)));
    }

    /** The finished value of one element of column col. */
    float applyScalar(float v, int col) {
        float x = v + columnBias[col];
        return leakyRelu && !(x > 0f) ? x * slope : x;
    }

    private FloatVector activate(FloatVector v) {
        return leakyRelu ? v.mul(slope).blend(v, v.compare(VectorOperators.GT, 0f)) : v;
    }
}
