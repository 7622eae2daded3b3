package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.function.DoubleUnaryOperator;

/** The one sampling loop shared by the {@link FunctionTarget}s, so they all draw in the same order. */
final class CurveSampler {
    private CurveSampler() {}

    /** Per point: one uniform draw for x, then one Gaussian for the noise when {@code noise > 0}. */
    static Tensor sample(FunctionTarget target, int n, Rng rng) {
        Check.sampleCount(n);
        DoubleUnaryOperator f = target.function();
        double lo = target.xMin(), width = target.xMax() - target.xMin(), noise = target.noise();
        float[] points = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double x = lo + width * rng.nextDouble();
            double y = f.applyAsDouble(x);
            if (noise > 0) y += noise * rng.nextGaussian();
            points[2 * i] = (float) x;
            points[2 * i + 1] = (float) y;
        }
        return Tensor.of(points, n, 2);
    }
}
