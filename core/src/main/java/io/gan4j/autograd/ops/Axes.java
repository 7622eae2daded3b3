package io.gan4j.autograd.ops;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;

/** Axis checks shared by the shape ops; messages name the op and the shape. */
final class Axes {
    private Axes() {}

    /** A possibly negative axis made non-negative, or an exception naming op, axis and shape. */
    static int normalise(String op, int axis, int[] shape) {
        int a = axis < 0 ? axis + shape.length : axis;
        if (a < 0 || a >= shape.length) {
            throw new ShapeException(op + ": axis " + axis + " out of range for shape " + Shape.str(shape));
        }
        return a;
    }

    /** The axes normalised, or an exception unless they are a permutation of the shape's axes. */
    static int[] permutation(String op, int[] axes, int[] shape) {
        if (axes.length != shape.length) {
            throw new ShapeException(op + ": " + axes.length + " axes " + Shape.str(axes) + " for shape " + Shape.str(shape));
        }
        int[] p = new int[axes.length];
        boolean[] seen = new boolean[axes.length];
        for (int i = 0; i < axes.length; i++) {
            p[i] = normalise(op, axes[i], shape);
            if (seen[p[i]]) {
                throw new ShapeException(op + ": axes " + Shape.str(axes) + " repeat axis " + axes[i] + " of shape " + Shape.str(shape));
            }
            seen[p[i]] = true;
        }
        return p;
    }

    static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) inv[perm[i]] = i;
        return inv;
    }
}
