package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;

/**
 * 2-D convolution of [N, in, H, W] images with a square kernel, as PyTorch's {@code nn.Conv2d}: weight
 * [out, in, k, k], optional bias [out], output [N, out, (H + 2p - k) / s + 1, (W + 2p - k) / s + 1].
 * PyTorch's default initialisation draws weight and bias from U(±1/sqrt(in·k·k)).
 */
public final class Conv2d extends Module implements WeightedLayer {
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final Variable weight;
    private final Variable bias;

    /** With a bias and PyTorch's default initialisation. */
    public Conv2d(int in, int out, int kernel, int stride, int padding, Rng rng) {
        this(in, out, kernel, stride, padding, true, Init.pytorchDefault(), Init.pytorchDefault(), rng);
    }

    /** The inits get fan-in in·k·k and fan-out out·k·k, as PyTorch computes them for a conv weight. */
    public Conv2d(int in, int out, int kernel, int stride, int padding, boolean bias, Init weightInit, Init biasInit, Rng rng) {
        ConvLayers.requireSizes("Conv2d", in, out, kernel, stride, padding);
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        int fanIn = in * kernel * kernel, fanOut = out * kernel * kernel;
        this.weight = addParameter("weight", weightInit.draw(rng, fanIn, fanOut, out, in, kernel, kernel));
        this.bias = bias ? addParameter("bias", biasInit.draw(rng, fanIn, fanOut, out)) : null;
    }

    @Override
    public Variable forward(Variable x) {
        return forward(x, weight, bias);
    }

    @Override
    public Variable forward(Variable x, Variable weight, Variable bias) {
        return x.conv2d(weight, bias, stride, padding);
    }

    @Override
    public Variable weight() {
        return weight;
    }

    @Override
    public Variable bias() {
        return bias;
    }

    @Override
    protected String describe() {
        return "Conv2d(" + in + " → " + out + ", k" + kernel + ", s" + stride + ", p" + padding + (bias == null ? ", no bias" : "") + ")";
    }
}
