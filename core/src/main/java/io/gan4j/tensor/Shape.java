package io.gan4j.tensor;

import java.util.Arrays;

/** Helpers for shapes: row-major sizes, strides, broadcasting, and messages that name the op. */
public final class Shape {
    private Shape() {}

    public static int size(int... shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + str(shape));
            n *= d;
        }
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("shape " + str(shape) + " has too many elements");
        return (int) n;
    }

    public static int[] strides(int... shape) {
        int[] s = new int[shape.length];
        int stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = stride;
            stride *= shape[i];
        }
        return s;
    }

    /** NumPy broadcasting of two shapes, or an exception naming the op and both shapes. */
    public static int[] broadcast(String op, int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new ShapeException(op + ": shapes " + str(a) + " and " + str(b) + " do not broadcast");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Normalises a possibly negative axis against a rank, naming the op when out of range. */
    public static int axis(String op, int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new ShapeException(op + ": axis " + axis + " out of range for rank " + rank);
        }
        return a;
    }

    /** Which of {@code rank} axes the given ones pick (negative ones count from the end); an axis given twice is an error. */
    public static boolean[] axes(String op, int[] axes, int rank) {
        boolean[] picked = new boolean[rank];
        for (int ax : axes) {
            int a = axis(op, ax, rank);
            if (picked[a]) throw new ShapeException(op + ": axis " + ax + " repeated in " + str(axes));
            picked[a] = true;
        }
        return picked;
    }

    public static String str(int... shape) {
        return Arrays.toString(shape);
    }
}
