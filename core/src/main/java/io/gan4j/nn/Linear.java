package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.autograd.ops.Affine;
import io.gan4j.autograd.ops.MatMul;
import io.gan4j.tensor.Rng;

/** y = x·Wᵀ + b, with W of shape [out, in] as in PyTorch. */
public final class Linear extends Module implements WeightedLayer {
    private final int in;
    private final int out;
    private final Variable weight;
    private final Variable bias;

    /** PyTorch's default initialisation. */
    public Linear(int in, int out, Rng rng) {
        this(in, out, true, Init.pytorchDefault(), Init.pytorchDefault(), rng);
    }

    public Linear(int in, int out, boolean bias, Init weightInit, Init biasInit, Rng rng) {
        if (in <= 0 || out <= 0) throw new IllegalArgumentException("Linear: in and out must be positive, got " + in + " and " + out);
        this.in = in;
        this.out = out;
        this.weight = addParameter("weight", weightInit.draw(rng, in, out, out, in));
        this.bias = bias ? addParameter("bias", biasInit.draw(rng, in, out, out)) : null;
    }

    @Override
    public Variable forward(Variable x) {
        return forward(x, weight, bias);
    }

    /** leakyRelu(forward(x), slope), in one fused op when the layer has a bias and x is a batch of vectors. */
    public Variable forwardLeakyRelu(Variable x, float slope) {
        if (fitsAffine(x, bias)) return Affine.withLeakyRelu(slope).call(x, weight, bias);
        return forward(x).leakyRelu(slope);
    }

    /** The fused dense-layer op takes a batch of vectors and a bias. */
    private static boolean fitsAffine(Variable x, Variable bias) {
        return bias != null && x.shape().length == 2;
    }

    @Override
    public Variable forward(Variable x, Variable weight, Variable bias) {
        if (fitsAffine(x, bias)) return new Affine().call(x, weight, bias);
        Variable y = MatMul.of(x, false, weight, true);
        return bias == null ? y : y.add(bias);
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
        return "Linear(" + in + " → " + out + (bias == null ? ", no bias" : "") + ")";
    }
}
