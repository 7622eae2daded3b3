package io.gan4j.tensor.kernel.elementwise;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Elementwise comparisons with NumPy broadcasting, giving 1 where true and 0 where false (NaN compares false). */
public final class Compare {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private Compare() {}

    /** A comparison as a vector lane test plus its scalar twin. */
    public enum Op {
        GT(VectorOperators.GT), LT(VectorOperators.LT), GE(VectorOperators.GE), LE(VectorOperators.LE), EQ(VectorOperators.EQ);

        final VectorOperators.Comparison lane;

        Op(VectorOperators.Comparison lane) {
            this.lane = lane;
        }

        boolean test(float a, float b) {
            return switch (this) {
                case GT -> a > b;
                case LT -> a < b;
                case GE -> a >= b;
                case LE -> a <= b;
                case EQ -> a == b;
            };
        }
    }

    public static Tensor apply(String opName, Op op, Tensor a, Tensor b) {
        int[] as = a.shape(), bs = b.shape();
        int[] out = Arrays.equals(as, bs) ? as : Shape.broadcast(opName, as, bs);
        float[] r = new float[Shape.size(out)];
        float[] x = a.data(), y = b.data();
        if (x.length == r.length && y.length == r.length) {
            sameShape(op, x, y, r);
        } else if (y.length == 1 && x.length == r.length) {
            withScalarRight(op, x, y[0], r);
        } else {
            general(op, x, Broadcast.offsets(as, out), y, Broadcast.offsets(bs, out), r);
        }
        return Tensor.of(r, out);
    }

    private static void sameShape(Op op, float[] x, float[] y, float[] r) {
        int i = 0, bound = S.loopBound(r.length);
        FloatVector zero = FloatVector.zero(S);
        for (; i < bound; i += S.length()) {
            zero.blend(1f, FloatVector.fromArray(S, x, i).compare(op.lane, FloatVector.fromArray(S, y, i))).intoArray(r, i);
        }
        for (; i < r.length; i++) r[i] = op.test(x[i], y[i]) ? 1f : 0f;
    }

    private static void withScalarRight(Op op, float[] x, float y, float[] r) {
        int i = 0, bound = S.loopBound(r.length);
        FloatVector zero = FloatVector.zero(S);
        for (; i < bound; i += S.length()) zero.blend(1f, FloatVector.fromArray(S, x, i).compare(op.lane, y)).intoArray(r, i);
        for (; i < r.length; i++) r[i] = op.test(x[i], y) ? 1f : 0f;
    }

    private static void general(Op op, float[] x, int[] xo, float[] y, int[] yo, float[] r) {
        for (int i = 0; i < r.length; i++) r[i] = op.test(x[xo[i]], y[yo[i]]) ? 1f : 0f;
    }
}
