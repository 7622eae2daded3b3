package io.gan4j.nn;

/**
 * {@link BatchNorm} for [N, F] (statistics per feature over the batch) or [N, C, L]
 * (per channel over batch and length), as PyTorch's BatchNorm1d and Keras' BatchNormalization
 * after a Dense layer.
 */
public final class BatchNorm1d extends BatchNorm {
    public BatchNorm1d(int features) {
        this(features, DEFAULT_EPS, DEFAULT_MOMENTUM);
    }

    public BatchNorm1d(int features, double eps, double momentum) {
        super(features, eps, momentum);
    }

    @Override
    boolean acceptsRank(int rank) {
        return rank == 2 || rank == 3;
    }

    @Override
    String layout() {
        return "[N, F] or [N, C, L]";
    }
}
