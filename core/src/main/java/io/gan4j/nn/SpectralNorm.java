package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import java.util.stream.IntStream;

/**
 * Spectral normalisation (Miyato et al., 2018, "Spectral Normalization for Generative
 * Adversarial Networks"): the wrapped layer runs with W / σ(W), σ estimated by power iteration.
 *
 * <p>W is viewed as a matrix [h, w] with h = its output-unit axis ({@link WeightedLayer#outputAxis()}:
 * the first, or the second for a transposed convolution's [in, out, kh, kw], as PyTorch's dim) moved
 * to the front and the other axes flattened in order. Each forward in
 * training mode runs {@code powerIterations} steps v ← Wᵀu/‖Wᵀu‖, u ← Wv/‖Wv‖ on the stored
 * vectors, then σ = uᵀWv; eval mode reuses the stored u and v. As in PyTorch, u and v are
 * constants to autograd and the gradient flows through σ's dependence on W. The construction
 * runs {@link #WARMUP_ITERATIONS} iterations so σ is meaningful from the first step (as
 * PyTorch's parametrisation API does).
 *
 * <p>State dict names follow PyTorch's {@code torch.nn.utils.spectral_norm}: the layer's
 * parameters become {@code weight_orig} and {@code bias}, the vectors are the buffers
 * {@code weight_u} [h] and {@code weight_v} [w]. The wrapper takes over the layer's parameter
 * objects, so the layer should not also be registered elsewhere.
 */
public final class SpectralNorm extends Module {
    public static final int DEFAULT_POWER_ITERATIONS = 1;
    public static final int WARMUP_ITERATIONS = 15;
    /** Guards the normalisation against a zero vector, as PyTorch's eps. */
    public static final double EPS = 1e-12;

    private final Module layerModule;
    private final WeightedLayer layer;
    private final int powerIterations;
    private final Variable weight;
    private final Variable bias;
    private final Tensor u;
    private final Tensor v;
    private final int axis;
    private final int rows;
    private final int cols;

    public <L extends Module & WeightedLayer> SpectralNorm(L layer, Rng rng) {
        this(layer, DEFAULT_POWER_ITERATIONS, rng);
    }

    public <L extends Module & WeightedLayer> SpectralNorm(L layer, int powerIterations, Rng rng) {
        if (powerIterations < 1) throw new IllegalArgumentException("SpectralNorm: powerIterations must be at least 1, got " + powerIterations);
        this.layerModule = layer;
        this.layer = layer;
        this.powerIterations = powerIterations;
        this.weight = addParameter("weight_orig", layer.weight());
        this.bias = layer.bias() == null ? null : addParameter("bias", layer.bias());
        int[] shape = weight.shape();
        this.axis = layer.outputAxis();
        if ((axis != 0 && axis != 1) || axis >= shape.length) {
            throw new IllegalArgumentException("SpectralNorm: output axis " + axis + " of weight " + Shape.str(shape)
                    + " must be 0 or 1");
        }
        this.rows = shape[axis];
        this.cols = weight.value().size() / rows;
        this.u = addBuffer("weight_u", unitNormal(rng, rows));
        this.v = addBuffer("weight_v", unitNormal(rng, cols));
        iterate(WARMUP_ITERATIONS);
    }

    private static Tensor unitNormal(Rng rng, int n) {
        Tensor t = Tensor.normal(rng, 0f, 1f, n);
        normalise(t.data());
        return t;
    }

    /** In training mode each forward pass advances the power iteration. */
    @Override
    protected Batching ownBatching() {
        return isTraining() ? Batching.STATEFUL : Batching.PER_EXAMPLE;
    }

    @Override
    public Variable forward(Variable x) {
        if (isTraining()) iterate(powerIterations);
        return layer.forward(x, normalisedWeight(), bias);
    }

    /** W / σ from the stored vectors, differentiable with respect to W. */
    public Variable normalisedWeight() {
        return divideBySigma(weight, axis, u, v);
    }

    /** W / (uᵀWv) with u and v held constant; W's first axis has u's length. */
    static Variable divideBySigma(Variable weight, Tensor u, Tensor v) {
        return divideBySigma(weight, 0, u, v);
    }

    /** W / (uᵀWv) with u and v held constant; W's axis {@code axis} (0 or 1) has u's length. */
    static Variable divideBySigma(Variable weight, int axis, Tensor u, Tensor v) {
        Variable rowsFirst = axis == 0 ? weight : weight.transpose(0, 1);
        Variable matrix = rowsFirst.reshape(u.size(), v.size());
        // Copies, as PyTorch clones them: later training forwards update u and v in place, and
        // this forward's graph must keep the vectors it was computed with.
        Variable uRow = Variable.constant(u.copy().reshape(1, u.size()));
        Variable vColumn = Variable.constant(v.copy().reshape(v.size(), 1));
        Variable sigma = uRow.matmul(matrix).matmul(vColumn).reshape();
        return weight.div(sigma);
    }

    /** The current estimate σ = uᵀWv from the stored vectors (no iteration). */
    public float sigma() {
        float[] w = matrix(), uu = u.data(), vv = v.data();
        double s = 0;
        for (int i = 0; i < rows; i++) s += uu[i] * rowDot(w, i, vv);
        return (float) s;
    }

    private void iterate(int times) {
        float[] w = matrix(), uu = u.data(), vv = v.data();
        for (int t = 0; t < times; t++) {
            transposedTimes(w, uu, vv);
            normalise(vv);
            for (int i = 0; i < rows; i++) uu[i] = (float) rowDot(w, i, vv);
            normalise(uu);
        }
    }

    /** W as the row-major [rows, cols] matrix: its own data, or a copy with the output axis moved to the front. */
    private float[] matrix() {
        Tensor w = weight.value();
        if (axis == 0) return w.data();
        int[] order = IntStream.range(0, w.rank()).toArray();
        order[0] = 1;
        order[1] = 0;
        return w.permute(order).data();
    }

    private double rowDot(float[] w, int row, float[] x) {
        double s = 0;
        for (int j = 0, off = row * cols; j < cols; j++) s += (double) w[off + j] * x[j];
        return s;
    }

    /** out = Wᵀy, accumulated row by row so W is read in memory order. */
    private void transposedTimes(float[] w, float[] y, float[] out) {
        double[] acc = new double[cols];
        for (int i = 0; i < rows; i++) {
            double yi = y[i];
            for (int j = 0, off = i * cols; j < cols; j++) acc[j] += w[off + j] * yi;
        }
        for (int j = 0; j < cols; j++) out[j] = (float) acc[j];
    }

    private static void normalise(float[] x) {
        double sq = 0;
        for (float a : x) sq += (double) a * a;
        double scale = 1.0 / Math.max(Math.sqrt(sq), EPS);
        for (int i = 0; i < x.length; i++) x[i] = (float) (x[i] * scale);
    }

    @Override
    protected String describe() {
        return "SpectralNorm(" + layerModule + (powerIterations != 1 ? ", powerIterations=" + powerIterations : "") + ")";
    }
}
