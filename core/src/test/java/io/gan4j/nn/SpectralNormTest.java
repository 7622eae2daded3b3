package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.GradCheck;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

class SpectralNormTest {
    @Test
    void diagonalMatrixHasSigmaEqualToItsLargestEntry() {
        Linear linear = new Linear(2, 2, new Rng(1));
        linear.weight().value().copyFrom(Tensor.of(new float[][] {{3, 0}, {0, 1}}));
        linear.bias().value().copyFrom(Tensor.zeros(2));
        SpectralNorm sn = new SpectralNorm(linear, new Rng(2));
        sn.forward(Variable.constant(Tensor.zeros(1, 2)));

        assertThat(sn.sigma()).isCloseTo(3f, within(1e-5f));
        Variable y = sn.forward(Variable.constant(Tensor.of(new float[][] {{1, 1}})));
        assertThat(y.value().data()).containsExactly(new float[] {1f, 1f / 3}, within(1e-5f));
    }

    @Test
    void randomMatrixSigmaMatchesItsLargestSingularValue() {
        Linear linear = new Linear(3, 5, new Rng(3));
        double expected = largestSingularValue(linear.weight().value(), 5, 3);
        SpectralNorm sn = new SpectralNorm(linear, new Rng(4));
        for (int i = 0; i < 20; i++) sn.forward(Variable.constant(Tensor.zeros(1, 3)));

        assertThat((double) sn.sigma()).isCloseTo(expected, within(1e-5 * expected));
        float[] normalised = sn.normalisedWeight().value().data();
        float[] original = linear.weight().value().data();
        for (int i = 0; i < original.length; i++) assertThat((double) normalised[i]).isCloseTo(original[i] / expected, within(1e-5));
    }

    @Test
    void conv2dWeightIsViewedAsOutChannelsByTheRest() {
        Conv2d conv = new Conv2d(2, 3, 2, 1, 0, new Rng(20));
        double expected = largestSingularValue(conv.weight().value().reshape(3, 8), 3, 8);
        SpectralNorm sn = new SpectralNorm(conv, new Rng(21));
        for (int i = 0; i < 200; i++) sn.forward(Variable.constant(Tensor.zeros(1, 2, 3, 3)));

        assertThat((double) sn.sigma()).isCloseTo(expected, within(1e-5 * expected));
        assertThat(sn.namedBuffers().get("weight_u").shape()).containsExactly(3);
        assertThat(sn.namedBuffers().get("weight_v").shape()).containsExactly(8);
        assertThat(sn.toString()).isEqualTo("SpectralNorm(Conv2d(2 → 3, k2, s1, p0))");
    }

    /** As PyTorch's spectral_norm (dim=1 for transposed convolutions): W [in, out, k, k] is viewed as [out, in·k·k]. */
    @Test
    void convTranspose2dWeightIsViewedAsOutChannelsByTheRest() {
        ConvTranspose2d up = new ConvTranspose2d(3, 2, 2, 2, 0, 0, new Rng(22));
        Tensor outFirst = io.gan4j.tensor.kernel.elementwise.Permute.permute(up.weight().value(), 1, 0, 2, 3).reshape(2, 12);
        double expected = largestSingularValue(outFirst, 2, 12);
        double firstAxisView = largestSingularValue(up.weight().value().reshape(3, 8), 3, 8);
        assertThat(Math.abs(expected - firstAxisView)).as("the two views differ, so the test tells them apart").isGreaterThan(1e-2);
        SpectralNorm sn = new SpectralNorm(up, new Rng(23));
        Variable x = Variable.constant(Tensor.uniform(new Rng(24), -1, 1, 1, 3, 2, 2));
        Variable y = null;
        for (int i = 0; i < 20; i++) y = sn.forward(x);

        assertThat((double) sn.sigma()).isCloseTo(expected, within(1e-5 * expected));
        assertThat(sn.namedBuffers().get("weight_u").shape()).containsExactly(2);
        assertThat(sn.namedBuffers().get("weight_v").shape()).containsExactly(12);
        float[] normalised = sn.normalisedWeight().value().data(), original = up.weight().value().data();
        for (int i = 0; i < original.length; i++) assertThat((double) normalised[i]).isCloseTo(original[i] / expected, within(1e-5));
        assertThat(y.shape()).containsExactly(1, 2, 4, 4);
    }

    @Test
    void gradientFlowsThroughSigmaOfATransposedConvWeight() {
        Tensor u = unit(new Rng(25), 2);
        Tensor v = unit(new Rng(26), 12);
        ConvTranspose2d shape = new ConvTranspose2d(3, 2, 2, 2, 0, 0, new Rng(27));
        GradCheck.check(GradCheck.firstAndSecond("spectral-norm transposed conv",
                x -> shape.forward(x[1], SpectralNorm.divideBySigma(x[0], 1, u, v), null).square(),
                GradCheck.uniform(28, -1, 1, 3, 2, 2, 2), GradCheck.uniform(29, -1, 1, 1, 3, 2, 2)));
    }

    /** sqrt of the largest eigenvalue of WᵀW, by power iteration in double. */
    private static double largestSingularValue(Tensor w, int rows, int cols) {
        double[] x = new double[cols];
        java.util.Arrays.fill(x, 1.0);
        double lambda = 0;
        for (int iter = 0; iter < 2000; iter++) {
            double[] wx = new double[rows];
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) wx[i] += w.get(i, j) * x[j];
            double[] y = new double[cols];
            for (int j = 0; j < cols; j++) for (int i = 0; i < rows; i++) y[j] += w.get(i, j) * wx[i];
            double norm = 0;
            for (double v : y) norm += v * v;
            norm = Math.sqrt(norm);
            lambda = norm;
            for (int j = 0; j < cols; j++) x[j] = y[j] / norm;
        }
        return Math.sqrt(lambda);
    }

    @Test
    void trainingForwardIteratesAndEvalReusesTheVectors() {
        Linear linear = new Linear(3, 4, new Rng(5));
        SpectralNorm sn = new SpectralNorm(linear, new Rng(6));
        linear.weight().value().copyFrom(Tensor.uniform(new Rng(7), -1, 1, 4, 3));
        Tensor uBefore = sn.namedBuffers().get("weight_u").copy();

        sn.eval();
        sn.forward(Variable.constant(Tensor.zeros(1, 3)));
        assertThat(sn.namedBuffers().get("weight_u").data()).containsExactly(uBefore.data());

        sn.train(true);
        sn.forward(Variable.constant(Tensor.zeros(1, 3)));
        assertThat(sn.namedBuffers().get("weight_u").data()).isNotEqualTo(uBefore.data());
    }

    @Test
    void stateDictUsesPyTorchNamesAndTheLayersParameterObjects() {
        Linear linear = new Linear(3, 4, new Rng(8));
        Sequential net = new Sequential(new SpectralNorm(linear, new Rng(9)));
        assertThat(net.stateDict().keySet()).containsExactly("0.weight_orig", "0.bias", "0.weight_u", "0.weight_v");
        assertThat(net.namedParameters().get("0.weight_orig")).isSameAs(linear.weight());
        assertThat(net.stateDict().get("0.weight_u").shape()).containsExactly(4);
        assertThat(net.stateDict().get("0.weight_v").shape()).containsExactly(3);
        assertThat(net.toString()).contains("(0): SpectralNorm(Linear(3 → 4))");
    }

    @Test
    void gradientFlowsThroughSigma() {
        Tensor u = unit(new Rng(10), 4);
        Tensor v = unit(new Rng(11), 3);
        Linear shape = new Linear(3, 4, new Rng(12));
        GradCheck.check(GradCheck.firstAndSecond("spectral-norm linear",
                x -> shape.forward(x[1], SpectralNorm.divideBySigma(x[0], u, v), x[2]).square(),
                GradCheck.uniform(13, -1, 1, 4, 3), GradCheck.uniform(14, -1, 1, 2, 3), GradCheck.uniform(15, -1, 1, 4)));
    }

    @Test
    void backwardReachesTheOriginalWeight() {
        Linear linear = new Linear(3, 2, new Rng(16));
        SpectralNorm sn = new SpectralNorm(linear, new Rng(17));
        sn.forward(Variable.constant(Tensor.uniform(new Rng(18), -1, 1, 4, 3))).square().sum().backward();
        assertThat(linear.weight().grad()).isNotNull();
        assertThat(linear.bias().grad()).isNotNull();
    }

    private static Tensor unit(Rng rng, int n) {
        Tensor t = Tensor.normal(rng, 0, 1, n);
        double norm = 0;
        for (float a : t.data()) norm += a * a;
        float[] d = t.data();
        for (int i = 0; i < n; i++) d[i] /= (float) Math.sqrt(norm);
        return t;
    }
}
