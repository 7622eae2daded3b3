package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;

/**
 * The classic mode-collapse test: a mixture of {@code modes} equal-weight Gaussians, each with
 * standard deviation {@code sigma} in both coordinates, centred evenly on a circle of the given
 * {@code radius} (the first at angle 0). {@link #modeCentres()} and {@link #sigma()} let the
 * metrics count which modes a generator covers.
 */
public record RingData(int modes, double radius, double sigma) implements RealData {
    public static final String NAME = "ring";
    public static final int DEFAULT_MODES = 8;
    public static final double DEFAULT_RADIUS = 2;
    public static final double DEFAULT_SIGMA = 0.02;

    public RingData {
        Check.atLeast(NAME, "modes", modes, 1);
        Check.positive(NAME, "radius", radius);
        Check.positive(NAME, "sigma", sigma);
    }

    public static RingData defaults() {
        return new RingData(DEFAULT_MODES, DEFAULT_RADIUS, DEFAULT_SIGMA);
    }

    /** {@code [modes][2]}: centre k is at angle {@code 2 pi k / modes}. */
    public double[][] modeCentres() {
        double[][] centres = new double[modes][];
        for (int k = 0; k < modes; k++) {
            double angle = 2 * Math.PI * k / modes;
            centres[k] = new double[] {radius * StrictMath.cos(angle), radius * StrictMath.sin(angle)};
        }
        return centres;
    }

    @Override
    public int[] exampleShape() {
        return new int[] {2};
    }

    /** Per point: the mode ({@code nextInt}), then two Gaussians (x, y). */
    @Override
    public Tensor sample(int n, Rng rng) {
        Check.sampleCount(n);
        double[][] centres = modeCentres();
        float[] points = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double[] c = centres[rng.nextInt(modes)];
            points[2 * i] = (float) (c[0] + sigma * rng.nextGaussian());
            points[2 * i + 1] = (float) (c[1] + sigma * rng.nextGaussian());
        }
        return Tensor.of(points, n, 2);
    }

    @Override
    public String describe() {
        return NAME + ": " + modes + " Gaussians (sigma " + Text.num(sigma) + ") evenly spaced on a circle of radius " + Text.num(radius);
    }
}
