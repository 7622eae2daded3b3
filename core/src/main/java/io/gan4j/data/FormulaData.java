package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.function.DoubleUnaryOperator;

/**
 * Points on a user-typed curve: {@code y = f(x) + N(0, noise)}, {@code x ~ U(xMin, xMax)}, with
 * {@code f} a {@link Formula}. Construction checks that f is finite over the whole x-range.
 */
public record FormulaData(Formula formula, double xMin, double xMax, double noise) implements FunctionTarget {
    public static final String NAME = "formula";
    public static final String DEFAULT_FORMULA = "x^2";
    public static final double DEFAULT_XMIN = -3;
    public static final double DEFAULT_XMAX = 3;
    public static final double DEFAULT_NOISE = 0;

    public FormulaData {
        if (formula == null) throw Check.bad(NAME, "formula", "is missing");
        Check.range(NAME, xMin, xMax);
        Check.nonNegative(NAME, "noise", noise);
        formula.requireFiniteOver(xMin, xMax);
    }

    /** Parses {@code text} (see {@link Formula}) and checks it over the range. */
    public static FormulaData of(String text, double xMin, double xMax, double noise) {
        return new FormulaData(Formula.parse(text), xMin, xMax, noise);
    }

    public static FormulaData defaults() {
        return of(DEFAULT_FORMULA, DEFAULT_XMIN, DEFAULT_XMAX, DEFAULT_NOISE);
    }

    @Override
    public DoubleUnaryOperator function() {
        return formula;
    }

    /** Throws {@link IllegalStateException} naming x if f is not finite at a drawn x (the check grid missed a singularity). */
    @Override
    public Tensor sample(int n, Rng rng) {
        Tensor points = CurveSampler.sample(this, n, rng);
        float[] d = points.data();
        for (int i = 1; i < d.length; i += 2) {
            if (!Float.isFinite(d[i])) {
                throw new IllegalStateException("formula '" + formula.text() + "' is not finite at x = " + d[i - 1] + ": f(x) = " + d[i]);
            }
        }
        return points;
    }

    @Override
    public String describe() {
        return NAME + ": y = " + formula.text() + QuadraticData.noiseText(noise) + ", x ~ U(" + Text.num(xMin) + ", " + Text.num(xMax) + ")";
    }
}
