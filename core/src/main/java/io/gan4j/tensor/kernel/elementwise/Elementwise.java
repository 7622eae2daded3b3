package io.gan4j.tensor.kernel.elementwise;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Elementwise kernels with NumPy broadcasting. Only exactly rounded lane operations are used
 * (add, sub, mul, div, min, max, neg, abs, sqrt), so vector and scalar paths agree bit for bit.
 * Operators are chosen by switches on constants: the Vector API compiles only constant
 * operators to vector instructions, a variable one falls back to a slow generic path.
 */
public final class Elementwise {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private Elementwise() {}

    /** A binary operation given as a vector lane operation plus its scalar twin. */
    public enum Binary {
        ADD, SUB, MUL, DIV, MAX, MIN;

        /**
         * The lane form. A switch on constants rather than {@code lanewise(lane, …)} with a
         * variable operator: only constant operators are compiled to vector instructions.
         */
        FloatVector apply(FloatVector a, FloatVector b) {
            return switch (this) {
                case ADD -> a.add(b);
                case SUB -> a.sub(b);
                case MUL -> a.mul(b);
                case DIV -> a.div(b);
                case MAX -> a.max(b);
                case MIN -> a.min(b);
            };
        }

        float apply(float a, float b) {
            return switch (this) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case MAX -> Math.max(a, b);
                case MIN -> Math.min(a, b);
            };
        }
    }

    public static Tensor binary(String opName, Binary op, Tensor a, Tensor b) {
        int[] as = a.shape(), bs = b.shape();
        int[] out = Arrays.equals(as, bs) ? as : Shape.broadcast(opName, as, bs);
        float[] r = new float[Shape.size(out)];
        float[] x = a.data(), y = b.data();
        if (x.length == r.length && y.length == r.length) {
            sameShape(op, x, y, r);
        } else if (y.length == 1 && x.length == r.length) {
            withScalarRight(op, x, y[0], r, 0, r.length);
        } else if (x.length == 1 && y.length == r.length) {
            withScalarLeft(op, x[0], y, r, 0, r.length);
        } else if (x.length == r.length && Broadcast.isSuffix(bs, out)) {
            rowsRight(op, x, y, r);
        } else if (x.length == r.length && Broadcast.constantRuns(bs, out) > 0) {
            int run = Broadcast.constantRuns(bs, out);
            for (int k = 0; k < r.length / run; k++) withScalarRight(op, x, y[k % y.length], r, k * run, (k + 1) * run);
        } else if (y.length == r.length && Broadcast.constantRuns(as, out) > 0) {
            int run = Broadcast.constantRuns(as, out);
            for (int k = 0; k < r.length / run; k++) withScalarLeft(op, x[k % x.length], y, r, k * run, (k + 1) * run);
        } else {
            general(op, x, Broadcast.offsets(as, out), y, Broadcast.offsets(bs, out), r);
        }
        return Tensor.of(r, out);
    }

    /** One loop per operator, so each loop's lane operation is a constant the compiler turns into one instruction. */
    private static void sameShape(Binary op, float[] x, float[] y, float[] r) {
        int i = 0, bound = S.loopBound(r.length), step = S.length();
        switch (op) {
            case ADD -> { for (; i < bound; i += step) v(x, i).add(v(y, i)).intoArray(r, i); }
            case SUB -> { for (; i < bound; i += step) v(x, i).sub(v(y, i)).intoArray(r, i); }
            case MUL -> { for (; i < bound; i += step) v(x, i).mul(v(y, i)).intoArray(r, i); }
            case DIV -> { for (; i < bound; i += step) v(x, i).div(v(y, i)).intoArray(r, i); }
            case MAX -> { for (; i < bound; i += step) v(x, i).max(v(y, i)).intoArray(r, i); }
            case MIN -> { for (; i < bound; i += step) v(x, i).min(v(y, i)).intoArray(r, i); }
        }
        for (; i < r.length; i++) r[i] = op.apply(x[i], y[i]);
    }

    private static FloatVector v(float[] a, int i) {
        return FloatVector.fromArray(S, a, i);
    }

    /** r[i] = x[i] op y for i in [from, to). */
    private static void withScalarRight(Binary op, float[] x, float y, float[] r, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from), step = S.length();
        FloatVector vy = FloatVector.broadcast(S, y);
        switch (op) {
            case ADD -> { for (; i < bound; i += step) v(x, i).add(vy).intoArray(r, i); }
            case SUB -> { for (; i < bound; i += step) v(x, i).sub(vy).intoArray(r, i); }
            case MUL -> { for (; i < bound; i += step) v(x, i).mul(vy).intoArray(r, i); }
            case DIV -> { for (; i < bound; i += step) v(x, i).div(vy).intoArray(r, i); }
            case MAX -> { for (; i < bound; i += step) v(x, i).max(vy).intoArray(r, i); }
            case MIN -> { for (; i < bound; i += step) v(x, i).min(vy).intoArray(r, i); }
        }
        for (; i < to; i++) r[i] = op.apply(x[i], y);
    }

    /** r[i] = x op y[i] for i in [from, to). */
    private static void withScalarLeft(Binary op, float x, float[] y, float[] r, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from), step = S.length();
        FloatVector vx = FloatVector.broadcast(S, x);
        switch (op) {
            case ADD -> { for (; i < bound; i += step) vx.add(v(y, i)).intoArray(r, i); }
            case SUB -> { for (; i < bound; i += step) vx.sub(v(y, i)).intoArray(r, i); }
            case MUL -> { for (; i < bound; i += step) vx.mul(v(y, i)).intoArray(r, i); }
            case DIV -> { for (; i < bound; i += step) vx.div(v(y, i)).intoArray(r, i); }
            case MAX -> { for (; i < bound; i += step) vx.max(v(y, i)).intoArray(r, i); }
            case MIN -> { for (; i < bound; i += step) vx.min(v(y, i)).intoArray(r, i); }
        }
        for (; i < to; i++) r[i] = op.apply(x, y[i]);
    }

    /** a[i] += b[i] for i in [from, to). */
    public static void addInPlace(float[] a, float[] b, int from, int to) {
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) FloatVector.fromArray(S, a, i).add(FloatVector.fromArray(S, b, i)).intoArray(a, i);
        for (; i < to; i++) a[i] += b[i];
    }

    /** x has the output's shape; y repeats every y.length elements (a trailing-shape broadcast). */
    /** x's rows each combined with the row y. */
    private static void rowsRight(Binary op, float[] x, float[] y, float[] r) {
        int w = y.length;
        for (int row = 0; row < r.length; row += w) {
            int j = rowRight(op, x, y, r, row, S.loopBound(w));
            for (; j < w; j++) r[row + j] = op.apply(x[row + j], y[j]);
        }
    }

    /** The vector part of one row; returns where the scalar tail starts. */
    private static int rowRight(Binary op, float[] x, float[] y, float[] r, int row, int bound) {
        int j = 0, step = S.length();
        switch (op) {
            case ADD -> { for (; j < bound; j += step) v(x, row + j).add(v(y, j)).intoArray(r, row + j); }
            case SUB -> { for (; j < bound; j += step) v(x, row + j).sub(v(y, j)).intoArray(r, row + j); }
            case MUL -> { for (; j < bound; j += step) v(x, row + j).mul(v(y, j)).intoArray(r, row + j); }
            case DIV -> { for (; j < bound; j += step) v(x, row + j).div(v(y, j)).intoArray(r, row + j); }
            case MAX -> { for (; j < bound; j += step) v(x, row + j).max(v(y, j)).intoArray(r, row + j); }
            case MIN -> { for (; j < bound; j += step) v(x, row + j).min(v(y, j)).intoArray(r, row + j); }
        }
        return j;
    }

    private static void general(Binary op, float[] x, int[] xo, float[] y, int[] yo, float[] r) {
        for (int i = 0; i < r.length; i++) r[i] = op.apply(x[xo[i]], y[yo[i]]);
    }

    /** Repeats {@code a} along broadcast axes up to {@code shape}. */
    public static Tensor broadcastTo(Tensor a, int[] shape) {
        int[] in = a.shape();
        int[] out = Shape.broadcast("broadcastTo", in, shape);
        if (!Arrays.equals(out, shape)) {
            throw new ShapeException("broadcastTo: shape " + Shape.str(in) + " does not broadcast to " + Shape.str(shape));
        }
        float[] x = a.data();
        float[] r = new float[Shape.size(shape)];
        if (x.length == 1) {
            Arrays.fill(r, x[0]);
        } else if (Broadcast.isSuffix(in, shape)) {
            for (int row = 0; row < r.length; row += x.length) System.arraycopy(x, 0, r, row, x.length);
        } else if (Broadcast.constantRuns(in, shape) > 0) {
            int run = Broadcast.constantRuns(in, shape);
            for (int k = 0; k < r.length / run; k++) Arrays.fill(r, k * run, (k + 1) * run, x[k % x.length]);
        } else {
            int[] offs = Broadcast.offsets(in, shape);
            for (int i = 0; i < r.length; i++) r[i] = x[offs[i]];
        }
        return Tensor.of(r, shape);
    }

    /** Applies a scalar function to every element (for ops with no exact lane form). */
    public static Tensor map(Tensor a, FloatOp f) {
        float[] x = a.data();
        float[] r = new float[x.length];
        for (int i = 0; i < x.length; i++) r[i] = f.apply(x[i]);
        return Tensor.of(r, a.shape());
    }

    /** A lane-exact unary operation. */
    public enum Unary {
        NEG, ABS, SQRT;

        FloatVector apply(FloatVector a) {
            return switch (this) {
                case NEG -> a.neg();
                case ABS -> a.abs();
                case SQRT -> a.sqrt();
            };
        }

        float apply(float a) {
            return switch (this) {
                case NEG -> -a;
                case ABS -> Math.abs(a);
                case SQRT -> (float) Math.sqrt(a);
            };
        }
    }

    public static Tensor unary(Tensor a, Unary op) {
        float[] x = a.data();
        float[] r = new float[x.length];
        int i = 0, bound = S.loopBound(x.length);
        for (; i < bound; i += S.length()) op.apply(FloatVector.fromArray(S, x, i)).intoArray(r, i);
        for (; i < x.length; i++) r[i] = op.apply(x[i]);
        return Tensor.of(r, a.shape());
    }

    /** A float-to-float function. */
    @FunctionalInterface
    public interface FloatOp {
        float apply(float x);
    }
}
