package io.gan4j.tensor.kernel;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Sum reductions in a fixed order, so results never depend on threads or timing. */
public final class Reduce {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private Reduce() {}

    /** Sum of all elements, as a scalar tensor. */
    public static Tensor sumAll(Tensor a) {
        return Tensor.scalar(sum(a.data(), 0, a.size()));
    }

    static float sum(float[] x, int from, int to) {
        FloatVector acc = FloatVector.zero(S);
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) acc = acc.add(FloatVector.fromArray(S, x, i));
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) s += x[i];
        return s;
    }

    /**
     * Sums {@code a} down to {@code target}, a shape that broadcasts to a's shape (the adjoint
     * of broadcasting). Leading axes missing from target are summed away.
     */
    public static Tensor sumTo(Tensor a, int[] target) {
        int[] in = a.shape();
        if (java.util.Arrays.equals(in, target)) return a;
        Shape.broadcast("sumTo", target, in);
        float[] r = new float[Shape.size(target)];
        float[] x = a.data();
        if (r.length == 1) {
            r[0] = sum(x, 0, x.length);
        } else if (Broadcast.isSuffix(withoutLeadingOnes(target), in)) {
            sumRows(x, r);
        } else {
            int[] offs = Broadcast.offsets(target, in);
            for (int i = 0; i < x.length; i++) r[offs[i]] += x[i];
        }
        return Tensor.of(r, target);
    }

    private static int[] withoutLeadingOnes(int[] shape) {
        int lead = 0;
        while (lead < shape.length && shape[lead] == 1) lead++;
        return java.util.Arrays.copyOfRange(shape, lead, shape.length);
    }

    /** r[j] = sum over rows of x[row * w + j], rows in order. */
    private static void sumRows(float[] x, float[] r) {
        int w = r.length, bound = S.loopBound(w);
        for (int row = 0; row < x.length; row += w) {
            int j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector.fromArray(S, r, j).add(FloatVector.fromArray(S, x, row + j)).intoArray(r, j);
            }
            for (; j < w; j++) r[j] += x[row + j];
        }
    }

    /** Sums over the given axes, keeping them as size 1. */
    public static Tensor sumAxesKeep(Tensor a, int... axes) {
        int[] target = a.shape();
        for (int ax : axes) target[Shape.axis("sum", ax, target.length)] = 1;
        return sumTo(a, target);
    }
}
