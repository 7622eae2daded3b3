package io.gan4j.tensor.kernel.conv;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;

/**
 * The sizes of one direct 2-D convolution, NCHW: image side {@code [batch, inChannels, inHeight, inWidth]},
 * kernel {@code [outChannels, inChannels, kernelHeight, kernelWidth]}, column side
 * {@code [batch, outChannels, outHeight, outWidth]} with {@code out = (in + 2*padding - kernel) / stride + 1}.
 *
 * <p>A transposed convolution is described by the geometry of the direct convolution it is the adjoint of:
 * it maps the column side to the image side, so its in-channels are {@link #outChannels} and its
 * out-channels are {@link #inChannels}, and its PyTorch-layout weight {@code [in, out, KH, KW]} is exactly
 * this kernel shape. Build it with {@link #forTransposed}.
 */
public record ConvGeometry(int batch, int inChannels, int inHeight, int inWidth,
                           int outChannels, int kernelHeight, int kernelWidth, int stride, int padding) {

    public ConvGeometry {
        requirePositive(batch, inChannels, inHeight, inWidth, outChannels, kernelHeight, kernelWidth, stride);
        if (padding < 0) throw new ShapeException("conv2d: negative padding " + padding);
        if (inHeight + 2 * padding < kernelHeight || inWidth + 2 * padding < kernelWidth) {
            throw new ShapeException("conv2d: kernel " + kernelHeight + "x" + kernelWidth + " larger than padded input "
                    + (inHeight + 2 * padding) + "x" + (inWidth + 2 * padding) + " (input " + inHeight + "x" + inWidth
                    + ", padding " + padding + ")");
        }
    }

    /** The geometry of {@code conv2d(x, w)} with x {@code [N,C,H,W]} and w {@code [F,C,KH,KW]}. */
    public static ConvGeometry forConv(int[] xShape, int[] wShape, int stride, int padding) {
        requireRank4("conv2d", "input", xShape);
        requireRank4("conv2d", "weight", wShape);
        if (xShape[1] != wShape[1]) {
            throw new ShapeException("conv2d: input " + Shape.str(xShape) + " has " + xShape[1]
                    + " channels but weight " + Shape.str(wShape) + " expects " + wShape[1]);
        }
        return new ConvGeometry(xShape[0], xShape[1], xShape[2], xShape[3],
                wShape[0], wShape[2], wShape[3], stride, padding);
    }

    /**
     * The geometry of {@code conv_transpose2d(x, w)} with x {@code [N,Cin,H,W]} and w {@code [Cin,Cout,KH,KW]}
     * (PyTorch layout); the result is {@code [N, Cout, (H-1)*stride - 2*padding + KH + outputPadding, ...]},
     * which is {@link #inputShape()} of the returned geometry.
     */
    public static ConvGeometry forTransposed(int[] xShape, int[] wShape, int stride, int padding, int outputPadding) {
        requireRank4("conv_transpose2d", "input", xShape);
        requireRank4("conv_transpose2d", "weight", wShape);
        if (xShape[1] != wShape[0]) {
            throw new ShapeException("conv_transpose2d: input " + Shape.str(xShape) + " has " + xShape[1]
                    + " channels but weight " + Shape.str(wShape) + " expects " + wShape[0]);
        }
        if (outputPadding < 0 || outputPadding >= stride) {
            throw new ShapeException("conv_transpose2d: output padding " + outputPadding
                    + " must be in [0, stride) with stride " + stride);
        }
        int h = (xShape[2] - 1) * stride - 2 * padding + wShape[2] + outputPadding;
        int w = (xShape[3] - 1) * stride - 2 * padding + wShape[3] + outputPadding;
        if (h <= 0 || w <= 0) {
            throw new ShapeException("conv_transpose2d: input " + Shape.str(xShape) + " with weight " + Shape.str(wShape)
                    + ", stride " + stride + ", padding " + padding + " gives empty output " + h + "x" + w);
        }
        return new ConvGeometry(xShape[0], wShape[1], h, w, xShape[1], wShape[2], wShape[3], stride, padding);
    }

    public int outHeight() {
        return (inHeight + 2 * padding - kernelHeight) / stride + 1;
    }

    public int outWidth() {
        return (inWidth + 2 * padding - kernelWidth) / stride + 1;
    }

    /** Image side {@code [N, C, H, W]}: conv input, transposed-conv output. */
    public int[] inputShape() {
        return new int[] {batch, inChannels, inHeight, inWidth};
    }

    /** Kernel {@code [F, C, KH, KW]}. */
    public int[] weightShape() {
        return new int[] {outChannels, inChannels, kernelHeight, kernelWidth};
    }

    /** Column side {@code [N, F, OH, OW]}: conv output, transposed-conv input. */
    public int[] outputShape() {
        return new int[] {batch, outChannels, outHeight(), outWidth()};
    }

    /** Multiply-adds of one pass (forward, input gradient and weight gradient each cost this). */
    public long macs() {
        return (long) batch * outChannels * outHeight() * outWidth() * inChannels * kernelHeight * kernelWidth;
    }

    int patchSize() {
        return inChannels * kernelHeight * kernelWidth;
    }

    int inPlane() {
        return inHeight * inWidth;
    }

    int outPlane() {
        return outHeight() * outWidth();
    }

    private static void requireRank4(String op, String what, int[] shape) {
        if (shape.length != 4) {
            throw new ShapeException(op + ": " + what + " " + Shape.str(shape) + " is not 4-D (N, C, H, W)");
        }
    }

    private static void requirePositive(int... sizes) {
        for (int s : sizes) {
            if (s <= 0) throw new ShapeException("conv2d: sizes must be positive, got " + java.util.Arrays.toString(sizes)
                    + " (batch, inChannels, inHeight, inWidth, outChannels, kernelHeight, kernelWidth, stride)");
        }
    }
}
