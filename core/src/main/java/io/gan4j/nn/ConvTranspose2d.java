package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;

/**
 * Transposed 2-D convolution of [N, in, H, W] with a square kernel, as PyTorch's {@code nn.ConvTranspose2d}:
 * weight [in, out, k, k], optional bias [out], output [N, out, (H - 1)s - 2p + k + outputPadding, same for W].
 * A generator's upsampling layer: k4 s2 p1 doubles the size, k4 s1 p0 turns 1x1 into 4x4.
 *
 * <p>PyTorch computes a weight's fan-in from its second axis, which for this layout is out·k·k, so the
 * default initialisation is U(±1/sqrt(out·k·k)) for weight and bias; this layer does the same. Its output
 * units are the weight's second axis ({@link #outputAxis()} is 1), which {@link SpectralNorm} follows as
 * PyTorch's spectral_norm does.
 */
public final class ConvTranspose2d extends Module implements WeightedLayer {
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int outputPadding;
    private final Variable weight;
    private final Variable bias;

    /** With a bias and PyTorch's default initialisation. */
    public ConvTranspose2d(int in, int out, int kernel, int stride, int padding, int outputPadding, Rng rng) {
        this(in, out, kernel, stride, padding, outputPadding, true, Init.pytorchDefault(), Init.pytorchDefault(), rng);
    }

    /** The inits get fan-in out·k·k and fan-out in·k·k, as PyTorch computes them for this weight layout. */
    public ConvTranspose2d(int in, int out, int kernel, int stride, int padding, int outputPadding, boolean bias,
                           Init weightInit, Init biasInit, Rng rng) {
        ConvLayers.requireSizes("ConvTranspose2d", in, out, kernel, stride, padding);
        if (outputPadding < 0 || outputPadding >= stride) {
            throw new IllegalArgumentException("ConvTranspose2d: outputPadding must be in [0, stride) = [0, " + stride + "), got " + outputPadding);
        }
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
        int fanIn = out * kernel * kernel, fanOut = in * kernel * kernel;
        this.weight = addParameter("weight", weightInit.draw(rng, fanIn, fanOut, in, out, kernel, kernel));
        this.bias = bias ? addParameter("bias", biasInit.draw(rng, fanIn, fanOut, out)) : null;
    }

    @Override
    public Variable forward(Variable x) {
        return forward(x, weight, bias);
    }

    @Override
    public Variable forward(Variable x, Variable weight, Variable bias) {
        return x.convTranspose2d(weight, bias, stride, padding, outputPadding);
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
    public int outputAxis() {
        return 1;
    }

    @Override
    protected String describe() {
        return "ConvTranspose2d(" + in + " → " + out + ", k" + kernel + ", s" + stride + ", p" + padding
                + (outputPadding != 0 ? ", op" + outputPadding : "") + (bias == null ? ", no bias" : "") + ")";
    }
}
