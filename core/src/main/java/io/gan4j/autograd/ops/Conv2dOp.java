package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.conv.Conv2d;
import io.gan4j.tensor.kernel.conv.ConvGeometry;

/**
 * y = conv2d(x, w) + b for x [N, C, H, W], w [F, C, KH, KW] (PyTorch layout), optional b [F]; y is
 * [N, F, (H + 2p - KH) / s + 1, (W + 2p - KW) / s + 1]. Inputs are (x, w) or (x, w, b).
 *
 * <p>Gradients: dx is the transposed convolution of dy with the same w (sized back to H x W),
 * dw is {@link Conv2dWeightGrad}(x, dy), db is dy summed over batch and positions. All three are
 * ops again, so second derivatives (a WGAN-GP penalty through a conv critic) work.
 */
public final class Conv2dOp extends Function {
    static final String NAME = "conv2d";

    private final int stride;
    private final int padding;

    public Conv2dOp(int stride, int padding) {
        this.stride = stride;
        this.padding = padding;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        Tensor x = in[0], w = in[1], b = in.length > 2 ? in[2] : null;
        ConvGeometry g = ConvShapes.conv(NAME, x.shape(), w.shape(), stride, padding);
        if (b != null) ConvShapes.requireBias(NAME, b, g.outChannels(), x.shape(), w.shape());
        float[] y = new float[Shape.size(g.outputShape())];
        Conv2d.forward(g, x.data(), w.data(), b == null ? null : b.data(), y);
        return Tensor.of(y, g.outputShape());
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        Variable x = input(0), w = input(1);
        Variable[] grads = new Variable[needsGrad.length];
        if (needsGrad[0]) grads[0] = ConvTranspose2dOp.toSize(stride, padding, x.dim(2), x.dim(3)).call(gy, w);
        if (needsGrad[1]) grads[1] = new Conv2dWeightGrad(stride, padding, w.dim(2), w.dim(3)).call(x, gy);
        if (needsGrad.length > 2 && needsGrad[2]) grads[2] = ConvShapes.biasGradient(gy);
        return grads;
    }

    @Override
    public String name() {
        return NAME;
    }
}
