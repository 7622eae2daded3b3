package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;

/**
 * Batch normalisation (Ioffe and Szegedy, 2015) over axis 1 (features or channels), with
 * PyTorch's conventions: training normalises with the batch mean and the biased batch
 * variance, then updates {@code running = (1 - momentum)·running + momentum·batch}, using the
 * unbiased variance for {@code running_var}; eval normalises with the running statistics.
 * y = (x - mean) / sqrt(var + eps) · weight + bias.
 *
 * <p>Keras' BatchNormalization states its momentum the other way round: Keras momentum m is
 * PyTorch momentum 1 - m (Keras' default 0.99 is momentum 0.01 here), and its default epsilon is
 * 1e-3 rather than 1e-5. Keras also updates the moving variance with the biased variance.
 *
 * <p>The training path is built from differentiable ops, so gradients of gradients (a WGAN-GP
 * penalty through a batch-normalised network) are exact. State dict names are PyTorch's:
 * {@code weight}, {@code bias}, {@code running_mean}, {@code running_var} and
 * {@code num_batches_tracked} (a float scalar here).
 */
public abstract sealed class BatchNorm extends Module permits BatchNorm1d, BatchNorm2d {
    public static final double DEFAULT_EPS = 1e-5;
    public static final double DEFAULT_MOMENTUM = 0.1;

    private final int features;
    private final float eps;
    private final float momentum;
    private final Variable weight;
    private final Variable bias;
    private final Tensor runningMean;
    private final Tensor runningVar;
    private final Tensor batchesTracked;

    BatchNorm(int features, double eps, double momentum) {
        if (features <= 0) throw new IllegalArgumentException(getClass().getSimpleName() + ": features must be positive, got " + features);
        if (!(eps > 0)) throw new IllegalArgumentException(getClass().getSimpleName() + ": eps must be positive, got " + eps);
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": momentum must be in [0, 1], got " + momentum);
        }
        this.features = features;
        this.eps = (float) eps;
        this.momentum = (float) momentum;
        this.weight = addParameter("weight", Tensor.ones(features));
        this.bias = addParameter("bias", Tensor.zeros(features));
        this.runningMean = addBuffer("running_mean", Tensor.zeros(features));
        this.runningVar = addBuffer("running_var", Tensor.ones(features));
        this.batchesTracked = addBuffer("num_batches_tracked", Tensor.scalar(0f));
    }

    /** Whether this layer takes inputs of this rank (axis 1 is always the feature axis). */
    abstract boolean acceptsRank(int rank);

    /** The expected input layout for messages, e.g. "[N, C, H, W]". */
    abstract String layout();

    @Override
    public Variable forward(Variable x) {
        checkInput(x.value());
        return isTraining() ? normaliseWithBatchStatistics(x) : normaliseWithRunningStatistics(x);
    }

    private void checkInput(Tensor x) {
        if (!acceptsRank(x.rank()) || x.dim(1) != features) {
            throw new ShapeException(describe() + ": expects " + layout() + " with " + features + " at axis 1, got " + Shape.str(x.shape()));
        }
    }

    private Variable normaliseWithBatchStatistics(Variable x) {
        int count = x.value().size() / features;
        if (count < 2) {
            throw new ShapeException(describe() + ": training needs more than one value per feature, got input " + Shape.str(x.shape()));
        }
        Normalised n = withBatchStatistics(x, weight, bias, eps);
        updateRunningStatistics(n.mean(), n.variance(), count);
        return n.output();
    }

    /** The output with the batch's statistics, and those statistics (shape [1, F, 1, ...]). */
    record Normalised(Variable output, Tensor mean, Tensor variance) {}

    static Normalised withBatchStatistics(Variable x, Variable weight, Variable bias, float eps) {
        int rank = x.value().rank();
        int[] axes = reducedAxes(rank);
        int[] kept = keptShape(rank, weight.value().size());
        Variable mean = x.mean(true, axes);
        Variable centred = x.sub(mean);
        // the variance from the centred values already at hand: x.variance would centre again
        Variable variance = centred.square().mean(true, axes);
        Variable scale = variance.add(eps).pow(-0.5f).mul(weight.reshape(kept));
        Variable output = centred.mul(scale).add(bias.reshape(kept));
        return new Normalised(output, mean.value(), variance.value());
    }

    private void updateRunningStatistics(Tensor batchMean, Tensor batchVariance, int count) {
        float[] rm = runningMean.data(), rv = runningVar.data(), m = batchMean.data(), v = batchVariance.data();
        float unbias = (float) count / (count - 1);
        for (int c = 0; c < features; c++) {
            rm[c] = (1 - momentum) * rm[c] + momentum * m[c];
            rv[c] = (1 - momentum) * rv[c] + momentum * v[c] * unbias;
        }
        batchesTracked.data()[0] += 1;
    }

    private Variable normaliseWithRunningStatistics(Variable x) {
        int[] kept = keptShape(x.value().rank(), features);
        float[] invStd = new float[features];
        float[] rv = runningVar.data();
        for (int c = 0; c < features; c++) invStd[c] = (float) (1.0 / Math.sqrt(rv[c] + eps));
        Variable scale = Variable.constant(Tensor.of(invStd, kept)).mul(weight.reshape(kept));
        Variable shift = bias.reshape(kept).sub(Variable.constant(runningMean.copy().reshape(kept)).mul(scale));
        return x.mul(scale).add(shift);
    }

    /** Every axis but the feature axis. */
    private static int[] reducedAxes(int rank) {
        int[] axes = new int[rank - 1];
        axes[0] = 0;
        for (int a = 2; a < rank; a++) axes[a - 1] = a;
        return axes;
    }

    /** [1, features, 1, ...]: the statistics' shape, broadcasting against the input. */
    private static int[] keptShape(int rank, int features) {
        int[] s = new int[rank];
        java.util.Arrays.fill(s, 1);
        s[1] = features;
        return s;
    }

    public int features() {
        return features;
    }

    public Variable weight() {
        return weight;
    }

    public Variable bias() {
        return bias;
    }

    public Tensor runningMean() {
        return runningMean;
    }

    public Tensor runningVar() {
        return runningVar;
    }

    @Override
    protected String describe() {
        String settings = (eps != (float) DEFAULT_EPS ? ", eps=" + eps : "") + (momentum != (float) DEFAULT_MOMENTUM ? ", momentum=" + momentum : "");
        return getClass().getSimpleName() + "(" + features + settings + ")";
    }

    /** In training mode each example is normalised with its batch's statistics (and the running ones move). */
    @Override
    protected Batching ownBatching() {
        return isTraining() ? Batching.WHOLE_BATCH : Batching.PER_EXAMPLE;
    }
}
