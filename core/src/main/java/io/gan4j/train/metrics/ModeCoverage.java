package io.gan4j.train.metrics;

import io.gan4j.tensor.Tensor;

/**
 * For a Gaussian mixture: a generated sample is high quality when it lies within 3σ of its
 * nearest mode; a mode is captured when at least {@value #MIN_SHARE_PERCENT}% of the samples
 * are high-quality samples of that mode (following the 2-D evaluations of VEEGAN and PacGAN).
 */
public record ModeCoverage(int modesCaptured, int modes, double highQualityShare) {
    public static final double MIN_SHARE_PERCENT = 1;

    public static ModeCoverage of(double[][] centres, double sigma, Tensor generated) {
        float[] g = generated.data();
        int n = generated.dim(0), w = generated.dim(1);
        int[] perMode = new int[centres.length];
        int good = 0;
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int m = 0; m < centres.length; m++) {
                double dx = g[i * w] - centres[m][0], dy = g[i * w + 1] - centres[m][1];
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d < bestDist) {
                    bestDist = d;
                    best = m;
                }
            }
            if (bestDist <= 3 * sigma) {
                good++;
                perMode[best]++;
            }
        }
        int captured = 0;
        for (int c : perMode) if (c >= Math.max(1, n * MIN_SHARE_PERCENT / 100)) captured++;
        return new ModeCoverage(captured, centres.length, (double) good / n);
    }
}
