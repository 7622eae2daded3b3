package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;

/**
 * The 2-D swiss roll: {@code t ~ U(1.5 pi, 4.5 pi)}, point
 * {@code ((t cos t + N(0, noise)) / scale, (t sin t + N(0, noise)) / scale)}.
 *
 * <p>The noise is added before dividing by {@code scale}, in the units of the raw roll, whose
 * radius {@code t} runs from about 4.7 to 14.1. The default scale 7.5 with noise 0.25 is the
 * common toy-GAN setting and puts the roll inside about {@code [-1.9, 1.9]^2}.
 */
public record SwissRollData(double scale, double noise) implements RealData {
    public static final String NAME = "swissroll";
    public static final double T_MIN = 1.5 * Math.PI;
    public static final double T_MAX = 4.5 * Math.PI;
    public static final double DEFAULT_SCALE = 7.5;
    public static final double DEFAULT_NOISE = 0.25;

    public SwissRollData {
        Check.positive(NAME, "scale", scale);
        Check.nonNegative(NAME, "noise", noise);
    }

    public static SwissRollData defaults() {
        return new SwissRollData(DEFAULT_SCALE, DEFAULT_NOISE);
    }

    @Override
    public int[] exampleShape() {
        return new int[] {2};
    }

    /** Per point: one uniform draw for t, then two Gaussians when {@code noise > 0}. */
    @Override
    public Tensor sample(int n, Rng rng) {
        Check.sampleCount(n);
        float[] points = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double t = T_MIN + (T_MAX - T_MIN) * rng.nextDouble();
            double x = t * StrictMath.cos(t), y = t * StrictMath.sin(t);
            if (noise > 0) {
                x += noise * rng.nextGaussian();
                y += noise * rng.nextGaussian();
            }
            points[2 * i] = (float) (x / scale);
            points[2 * i + 1] = (float) (y / scale);
        }
        return Tensor.of(points, n, 2);
    }

    @Override
    public String describe() {
        return NAME + ": (t cos t, t sin t) / " + Text.num(scale) + ", t ~ U(1.5 pi, 4.5 pi), noise " + Text.num(noise) + " before scaling";
    }
}
