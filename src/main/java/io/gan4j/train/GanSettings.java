package io.gan4j.train;

/**
 * How one GAN step runs.
 *
 * @param batchSize    examples per generator step (and per discriminator step, or half of it)
 * @param criticSteps  discriminator updates per generator update (Simple_GAN's disc_iter)
 * @param halfBatch    train D on batchSize/2 real plus batchSize/2 generated examples
 * @param clipValue    WGAN weight clipping to [−c, c] after each D update; 0 for none
 */
public record GanSettings(int batchSize, int criticSteps, boolean halfBatch, float clipValue) {
    public static final GanSettings DEFAULTS = new GanSettings(256, 1, false, 0f);

    public GanSettings {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        if (halfBatch && batchSize < 2) throw new IllegalArgumentException("halfBatch needs batchSize >= 2, got " + batchSize);
        if (criticSteps < 1) throw new IllegalArgumentException("criticSteps must be at least 1, got " + criticSteps);
        if (!(clipValue >= 0)) throw new IllegalArgumentException("clipValue must be >= 0, got " + clipValue);
    }
}
