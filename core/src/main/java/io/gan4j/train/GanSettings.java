package io.gan4j.train;

/**
 * How one GAN step runs.
 *
 * @param batchSize    examples per generator step (and per discriminator step, or half of it)
 * @param criticSteps  discriminator updates per generator update (Simple_GAN's disc_iter)
 * @param halfBatch    train D on batchSize/2 real plus batchSize/2 generated examples
 */
public record GanSettings(int batchSize, int criticSteps, boolean halfBatch) {
    public static final GanSettings DEFAULTS = new GanSettings(256, 1, false);

    public GanSettings {
        if (batchSize < (halfBatch ? 2 : 1)) {
            throw new IllegalArgumentException("batchSize must be at least " + (halfBatch ? "2 with halfBatch" : "1") + ", got " + batchSize);
        }
        if (criticSteps < 1) throw new IllegalArgumentException("criticSteps must be at least 1, got " + criticSteps);
    }

    /** Real examples (and as many generated ones) per discriminator step. */
    public int discriminatorBatch() {
        return halfBatch ? batchSize / 2 : batchSize;
    }
}
