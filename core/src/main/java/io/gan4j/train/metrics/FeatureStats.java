package io.gan4j.train.metrics;

import io.gan4j.tensor.Tensor;

/** The mean and covariance of feature vectors, in double precision: what the Fréchet distance compares. */
public record FeatureStats(double[] mean, double[][] covariance, int count) {
    /** From features [n, d] (n ≥ 2): the sample covariance, divided by n − 1 as numpy.cov does. */
    public static FeatureStats of(Tensor features) {
        int n = features.dim(0), d = features.dim(1);
        if (n < 2) throw new IllegalArgumentException("feature statistics need at least 2 vectors, got " + n);
        float[] f = features.data();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) mean[j] += f[i * d + j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) centred[j] = f[i * d + j] - mean[j];
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                if (ca == 0) continue;
                for (int b = a; b < d; b++) cov[a][b] += ca * centred[b];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return new FeatureStats(mean, cov, n);
    }

    /** As tensors, for a file: the mean [d] and the covariance [d, d], in float. */
    public Tensor meanTensor() {
        float[] m = new float[mean.length];
        for (int j = 0; j < m.length; j++) m[j] = (float) mean[j];
        return Tensor.of(m, m.length);
    }

    public Tensor covarianceTensor() {
        int d = mean.length;
        float[] c = new float[d * d];
        for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) c[a * d + b] = (float) covariance[a][b];
        return Tensor.of(c, d, d);
    }

    /** Read back from {@link #meanTensor()} and {@link #covarianceTensor()}. */
    public static FeatureStats of(Tensor mean, Tensor covariance, int count) {
        int d = mean.size();
        if (covariance.rank() != 2 || covariance.dim(0) != d || covariance.dim(1) != d) {
            throw new IllegalArgumentException("feature statistics: a covariance of " + d + "x" + d + " is needed for " + d + " means");
        }
        double[] m = new double[d];
        double[][] c = new double[d][d];
        for (int a = 0; a < d; a++) {
            m[a] = mean.data()[a];
            for (int b = 0; b < d; b++) c[a][b] = covariance.data()[a * d + b];
        }
        return new FeatureStats(m, c, count);
    }
}
