package io.gan4j.train.config;

/**
 * What a run writes, and how often (in iterations; 0 turns a kind of output off).
 *
 * @param logEvery        losses.csv row and loss-plot point (figures averaged over the interval)
 * @param plotEvery       scatter PNG, loss plot and training.gif refresh
 * @param frameEvery      GIF frame
 * @param checkpointEvery checkpoint
 * @param evalEvery       metrics (and early stopping)
 * @param samples         generated examples written to samples.csv and used by the metrics
 */
public record OutputConfig(int logEvery, int plotEvery, int frameEvery, int checkpointEvery, int evalEvery, int samples) {
    public static final OutputConfig DEFAULTS = new OutputConfig(100, 10_000, 1_000, 10_000, 5_000, 2_500);

    void validate() {
        Check.atLeast("output.logEvery", logEvery, 0);
        Check.atLeast("output.plotEvery", plotEvery, 0);
        Check.atLeast("output.frameEvery", frameEvery, 0);
        Check.atLeast("output.checkpointEvery", checkpointEvery, 0);
        Check.atLeast("output.evalEvery", evalEvery, 0);
        Check.atLeast("output.samples", samples, 1);
    }
}
