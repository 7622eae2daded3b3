package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.function.DoubleUnaryOperator;

/**
 * Points on the parabola {@code y = a + x^2} (plus optional Gaussian noise), {@code x ~ U(xMin, xMax)}.
 *
 * @param a the vertical offset
 * @param xMin lower end of the x-range
 * @param xMax upper end of the x-range (exclusive)
 * @param noise standard deviation of the noise on y; 0 for points exactly on the curve
 */
public record QuadraticData(double a, double xMin, double xMax, double noise) implements FunctionTarget {
    public static final String NAME = "quadratic";
    public static final double DEFAULT_A = 10;
    public static final double DEFAULT_XMIN = -3;
    public static final double DEFAULT_XMAX = 3;
    public static final double DEFAULT_NOISE = 0;

    public QuadraticData {
        Check.finite(NAME, "a", a);
        Check.range(NAME, xMin, xMax);
        Check.nonNegative(NAME, "noise", noise);
    }

    public static QuadraticData defaults() {
        return new QuadraticData(DEFAULT_A, DEFAULT_XMIN, DEFAULT_XMAX, DEFAULT_NOISE);
    }

    @Override
    public DoubleUnaryOperator function() {
        double offset = a;
        return x -> offset + x * x;
    }

    @Override
    public Tensor sample(int n, Rng rng) {
        return CurveSampler.sample(this, n, rng);
    }

    @Override
    public String describe() {
        return NAME + ": y = " + Text.num(a) + " + x^2" + noiseText(noise) + ", x ~ U(" + Text.num(xMin) + ", " + Text.num(xMax) + ")";
    }

    static String noiseText(double noise) {
        return noise > 0 ? " + N(0, " + Text.num(noise) + ")" : "";
    }
}
