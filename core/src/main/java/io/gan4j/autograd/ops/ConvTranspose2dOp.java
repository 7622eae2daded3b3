package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.conv.Conv2d;
import io.gan4j.tensor.kernel.conv.ConvGeometry;

/**
 * y = conv_transpose2d(x, w) + b for x [N, Cin, H, W], w [Cin, Cout, KH, KW] (PyTorch layout), optional
 * b [Cout]; y is [N, Cout, (H - 1)s - 2p + KH + outputPadding, ...]. Inputs are (x, w) or (x, w, b).
 * It is the adjoint (input gradient) of {@code conv2d} with the same w, stride and padding.
 *
 * <p>Gradients: dx = conv2d(dy, w), dw = {@link Conv2dWeightGrad}(dy, x) (dy plays the image, x the
 * convolution output), db = dy summed over batch and positions; all ops again, so differentiable twice.
 */
public final class ConvTranspose2dOp extends Function {
    static final String NAME = "conv_transpose2d";

    private final int stride;
    private final int padding;
    private final int outputPadding;
    /** When positive, the output size asked for directly (per-axis output padding), as a conv's input gradient needs. */
    private final int height;
    private final int width;

    public ConvTranspose2dOp(int stride, int padding, int outputPadding) {
        this(stride, padding, outputPadding, -1, -1);
    }

    private ConvTranspose2dOp(int stride, int padding, int outputPadding, int height, int width) {
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
        this.height = height;
        this.width = width;
    }

    /**
     * The transposed convolution whose output is {@code height x width}: the adjoint of a conv2d on images of
     * that size (the output padding may then differ between the axes).
     */
    public static ConvTranspose2dOp toSize(int stride, int padding, int height, int width) {
        return new ConvTranspose2dOp(stride, padding, 0, height, width);
    }

    @Override
    protected Tensor forward(Tensor... in) {
        Tensor x = in[0], w = in[1], b = in.length > 2 ? in[2] : null;
        ConvGeometry g = geometry(x.shape(), w.shape());
        if (b != null) ConvShapes.requireBias(NAME, b, g.inChannels(), x.shape(), w.shape());
        float[] y = new float[Shape.size(g.inputShape())];
        Conv2d.transposeForward(g, x.data(), w.data(), b == null ? null : b.data(), y);
        return Tensor.of(y, g.inputShape());
    }

    private ConvGeometry geometry(int[] x, int[] w) {
        return height > 0
                ? ConvShapes.transposedToSize(NAME, x, w, stride, padding, height, width)
                : ConvShapes.transposed(NAME, x, w, stride, padding, outputPadding);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable x = input(0), w = input(1);
        Variable[] grads = new Variable[needsGrad.length];
        if (needsGrad[0]) grads[0] = new Conv2dOp(stride, padding).call(gy, w);
        if (needsGrad[1]) grads[1] = new Conv2dWeightGrad(stride, padding, w.dim(2), w.dim(3)).call(gy, x);
        if (needsGrad.length > 2 && needsGrad[2]) grads[2] = ConvShapes.biasGradient(gy);
        return grads;
    }

    @Override
    public String name() {
        return NAME;
    }
}
