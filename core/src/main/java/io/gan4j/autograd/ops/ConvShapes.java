package io.gan4j.autograd.ops;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.conv.ConvGeometry;
import java.util.Arrays;

/** Shape checks and geometries shared by the convolution ops; every failure names the op and the shapes. */
final class ConvShapes {
    private ConvShapes() {}

    /** The geometry of conv2d(x, w); w is [F, C, KH, KW]. */
    static ConvGeometry conv(String op, int[] x, int[] w, int stride, int padding) {
        requireStride(op, stride, padding);
        return ConvGeometry.forConv(x, w, stride, padding);
    }

    /** The geometry of conv_transpose2d(x, w) with one output padding for both axes. */
    static ConvGeometry transposed(String op, int[] x, int[] w, int stride, int padding, int outputPadding) {
        requireStride(op, stride, padding);
        return ConvGeometry.forTransposed(x, w, stride, padding, outputPadding);
    }

    /**
     * The geometry of conv_transpose2d(x, w) whose output is {@code height x width}: valid exactly when the direct
     * convolution of such an image with w gives x's shape.
     */
    static ConvGeometry transposedToSize(String op, int[] x, int[] w, int stride, int padding, int height, int width) {
        requireStride(op, stride, padding);
        requireRank4(op, "input", x);
        requireRank4(op, "weight", w);
        ConvGeometry g;
        try {
            g = new ConvGeometry(x[0], w[1], height, width, w[0], w[2], w[3], stride, padding);
        } catch (ShapeException e) {
            throw new ShapeException(op + ": input " + Shape.str(x) + ", weight " + Shape.str(w) + ", output " + height + "x"
                    + width + ": " + e.getMessage());
        }
        if (!Arrays.equals(g.outputShape(), x)) {
            throw new ShapeException(op + ": input " + Shape.str(x) + " with weight " + Shape.str(w) + ", stride " + stride
                    + ", padding " + padding + " cannot give a " + height + "x" + width + " output: conv2d of "
                    + Shape.str(g.inputShape()) + " gives " + Shape.str(g.outputShape()) + ", not the input's shape");
        }
        return g;
    }

    /** The bias must be [channels] exactly (a [1, channels] would pass the kernel's length check). */
    static void requireBias(String op, Tensor bias, int channels, int[] x, int[] w) {
        if (bias.rank() != 1 || bias.dim(0) != channels) {
            throw new ShapeException(op + ": bias " + Shape.str(bias.shape()) + " does not fit input " + Shape.str(x)
                    + " and weight " + Shape.str(w) + ", expected [" + channels + "]");
        }
    }

    /** Sums an [N, C, H, W] gradient to the [C] bias gradient. */
    static Variable biasGradient(Variable gy) {
        int channels = gy.dim(1);
        return gy.sumTo(1, channels, 1, 1).reshape(channels);
    }

    static void requireRank4(String op, String what, int[] shape) {
        if (shape.length != 4) throw new ShapeException(op + ": " + what + " " + Shape.str(shape) + " is not 4-D (N, C, H, W)");
    }

    private static void requireStride(String op, int stride, int padding) {
        if (stride < 1) throw new ShapeException(op + ": stride must be at least 1, got " + stride);
        if (padding < 0) throw new ShapeException(op + ": padding must not be negative, got " + padding);
    }
}
