package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.function.DoubleUnaryOperator;

/**
 * Points on a noisy sine wave: {@code y = amplitude * sin(frequency * x) + N(0, noise)},
 * {@code x ~ U(xMin, xMax)}. Defaults: one full period, {@code x} in {@code [-pi, pi]}.
 */
public record SineData(double amplitude, double frequency, double xMin, double xMax, double noise) implements FunctionTarget {
    public static final String NAME = "sine";
    public static final double DEFAULT_AMPLITUDE = 1;
    public static final double DEFAULT_FREQUENCY = 1;
    public static final double DEFAULT_XMIN = -Math.PI;
    public static final double DEFAULT_XMAX = Math.PI;
    public static final double DEFAULT_NOISE = 0.1;

    public SineData {
        Check.finite(NAME, "amplitude", amplitude);
        Check.finite(NAME, "frequency", frequency);
        Check.range(NAME, xMin, xMax);
        Check.nonNegative(NAME, "noise", noise);
    }

    public static SineData defaults() {
        return new SineData(DEFAULT_AMPLITUDE, DEFAULT_FREQUENCY, DEFAULT_XMIN, DEFAULT_XMAX, DEFAULT_NOISE);
    }

    @Override
    public DoubleUnaryOperator function() {
        double amp = amplitude, freq = frequency;
        return x -> amp * StrictMath.sin(freq * x);
    }

    @Override
    public Tensor sample(int n, Rng rng) {
        return CurveSampler.sample(this, n, rng);
    }

    @Override
    public String describe() {
        return NAME + ": y = " + Text.num(amplitude) + " * sin(" + Text.num(frequency) + " * x)" + QuadraticData.noiseText(noise)
                + ", x ~ U(" + Text.num(xMin) + ", " + Text.num(xMax) + ")";
    }
}
