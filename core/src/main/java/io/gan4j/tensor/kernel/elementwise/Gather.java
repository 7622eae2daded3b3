package io.gan4j.tensor.kernel.elementwise;

import io.gan4j.tensor.Tensor;

/**
 * Row gathers and scatters along axis 0 (labels, embeddings), and one-hot encoding. Callers
 * check that indices are in range.
 */
public final class Gather {
    private Gather() {}

    /** Row {@code rows[k]} of {@code a} as row k of the result; rows may repeat. */
    public static Tensor indexSelect(Tensor a, int[] rows) {
        int[] shape = a.shape();
        int width = rowWidth(shape);
        shape[0] = rows.length;
        float[] r = new float[rows.length * width];
        float[] x = a.data();
        for (int k = 0; k < rows.length; k++) System.arraycopy(x, rows[k] * width, r, k * width, width);
        return Tensor.of(r, shape);
    }

    /** Zeros of {@code n} rows with row k of {@code g} added into row {@code rows[k]}, k in order: the adjoint of indexSelect. */
    public static Tensor indexAdd(Tensor g, int[] rows, int n) {
        int[] shape = g.shape();
        int width = rowWidth(shape);
        shape[0] = n;
        float[] r = new float[n * width];
        float[] x = g.data();
        for (int k = 0; k < rows.length; k++) {
            int dst = rows[k] * width, src = k * width;
            for (int j = 0; j < width; j++) r[dst + j] += x[src + j];
        }
        return Tensor.of(r, shape);
    }

    /** [labels.length, classes] with a 1 at (k, labels[k]) and zeros elsewhere. */
    public static Tensor oneHot(int[] labels, int classes) {
        float[] r = new float[labels.length * classes];
        for (int k = 0; k < labels.length; k++) r[k * classes + labels[k]] = 1f;
        return Tensor.of(r, labels.length, classes);
    }

    private static int rowWidth(int[] shape) {
        int w = 1;
        for (int i = 1; i < shape.length; i++) w *= shape[i];
        return w;
    }
}
