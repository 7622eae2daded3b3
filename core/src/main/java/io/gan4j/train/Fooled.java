package io.gan4j.train;

import io.gan4j.tensor.Tensor;
import java.util.Arrays;

/** Whether each generated example fooled the discriminator: the orange and blue of every scatter gan4j draws. */
public final class Fooled {
    private Fooled() {}

    /**
     * A discriminator with a level of its own says so itself ({@link io.gan4j.loss.Objective#fooled}). A critic's
     * scores have no fixed level (shifting them all changes nothing), so a generated example fooled it when it scores
     * at least as high as the median real example.
     *
     * @param raw        D's raw outputs on the generated examples
     * @param real       real examples in the data's units
     * @param realLabels their classes (null unless the GAN is conditional)
     */
    public static boolean[] flags(GanFactory.Setup setup, float[] raw, Tensor real, int[] realLabels) {
        Gan gan = setup.gan();
        float bar = gan.objective().isCritic() ? medianScore(setup, real, realLabels) : Float.NaN;
        boolean[] fooled = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) fooled[i] = Float.isNaN(bar) ? gan.objective().fooled(raw[i]) : raw[i] >= bar;
        return fooled;
    }

    private static float medianScore(GanFactory.Setup setup, Tensor real, int[] realLabels) {
        float[] scores = setup.gan().judge(setup.fromData(real), realLabels).data().clone();
        Arrays.sort(scores);
        return scores[scores.length / 2];
    }
}
