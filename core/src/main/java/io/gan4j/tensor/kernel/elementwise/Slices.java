package io.gan4j.tensor.kernel.elementwise;

import io.gan4j.tensor.Tensor;

/**
 * Concatenation and slicing along one axis. A tensor is seen as [outer, dim, inner] around
 * that axis, so every case is a loop of contiguous copies. Callers check the shapes.
 */
public final class Slices {
    private Slices() {}

    /** The parts joined along {@code axis}; they agree on every other axis. */
    public static Tensor concat(int axis, Tensor... parts) {
        int[] shape = parts[0].shape();
        int total = 0;
        for (Tensor p : parts) total += p.dim(axis);
        shape[axis] = total;
        int outer = outer(shape, axis), inner = inner(shape, axis);
        float[] r = new float[outer * total * inner];
        int rowStart = 0;
        for (Tensor p : parts) {
            int chunk = p.dim(axis) * inner;
            float[] x = p.data();
            for (int o = 0; o < outer; o++) System.arraycopy(x, o * chunk, r, o * total * inner + rowStart, chunk);
            rowStart += chunk;
        }
        return Tensor.of(r, shape);
    }

    /** Indices {@code from} (inclusive) to {@code to} (exclusive) of {@code axis}. */
    public static Tensor slice(Tensor a, int axis, int from, int to) {
        int[] shape = a.shape();
        int dim = shape[axis], inner = inner(shape, axis), outer = outer(shape, axis);
        shape[axis] = to - from;
        int chunk = (to - from) * inner;
        float[] r = new float[outer * chunk];
        float[] x = a.data();
        for (int o = 0; o < outer; o++) System.arraycopy(x, (o * dim + from) * inner, r, o * chunk, chunk);
        return Tensor.of(r, shape);
    }

    /** Zeros of {@code shape} with {@code g} written at {@code from} along {@code axis}: the adjoint of slice. */
    public static Tensor padSlice(Tensor g, int[] shape, int axis, int from) {
        int dim = shape[axis], inner = inner(shape, axis), outer = outer(shape, axis);
        int chunk = g.dim(axis) * inner;
        float[] r = new float[outer * dim * inner];
        float[] x = g.data();
        for (int o = 0; o < outer; o++) System.arraycopy(x, o * chunk, r, (o * dim + from) * inner, chunk);
        return Tensor.of(r, shape);
    }

    private static int outer(int[] shape, int axis) {
        int n = 1;
        for (int i = 0; i < axis; i++) n *= shape[i];
        return n;
    }

    private static int inner(int[] shape, int axis) {
        int n = 1;
        for (int i = axis + 1; i < shape.length; i++) n *= shape[i];
        return n;
    }
}
