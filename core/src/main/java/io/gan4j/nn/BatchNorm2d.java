package io.gan4j.nn;

/** {@link BatchNorm} for images [N, C, H, W]: statistics per channel over batch, height and width. */
public final class BatchNorm2d extends BatchNorm {
    public BatchNorm2d(int channels) {
        this(channels, DEFAULT_EPS, DEFAULT_MOMENTUM);
    }

    public BatchNorm2d(int channels, double eps, double momentum) {
        super(channels, eps, momentum);
    }

    @Override
    boolean acceptsRank(int rank) {
        return rank == 4;
    }

    @Override
    String layout() {
        return "[N, C, H, W]";
    }
}
