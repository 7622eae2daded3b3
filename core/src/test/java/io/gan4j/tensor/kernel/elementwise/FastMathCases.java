package io.gan4j.tensor.kernel.elementwise;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The FastMath functions as table rows: array form, scalar form, an exact reference and the inputs to sweep. */
final class FastMathCases {
    private FastMathCases() {}

    interface ArrayForm {
        void run(float[] x, float[] r);
    }

    interface ScalarForm {
        float apply(float x);
    }

    record Fn(String name, ArrayForm array, ScalarForm scalar, DoubleUnaryOperator reference, double maxUlp) {
        float[] apply(float[] x) {
            float[] r = new float[x.length];
            array.run(x, r);
            return r;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final float[] SPECIALS = {
        0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE, -Float.MIN_VALUE,
        Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, 1f, -1f, 1e-30f, -1e-30f, 88.72f, 88.73f, -87.3f, -100f,
        -103.9f, -104.5f, 100f, 0.625f, -0.625f, 9f, -9f, 10f, 30f, -30f
    };

    static List<Fn> all() {
        return List.of(
                new Fn("exp", FastMath::exp, FastMath::exp, StrictMath::exp, 1.5),
                new Fn("log", FastMath::log, FastMath::log, StrictMath::log, 1.5),
                new Fn("tanh", FastMath::tanh, FastMath::tanh, StrictMath::tanh, 2),
                new Fn("sigmoid", FastMath::sigmoid, FastMath::sigmoid, FastMathCases::sigmoid, 2.5),
                new Fn("softplus", FastMath::softplus, FastMath::softplus, FastMathCases::softplus, 2.5),
                new Fn("logSigmoid", FastMath::logSigmoid, FastMath::logSigmoid, x -> -softplus(-x), 2.5));
    }

    /** Dense inputs for the accuracy sweep of a function: its whole interesting range, denser where it is delicate. */
    static float[] sweep(String name) {
        return switch (name) {
            case "exp" -> FloatSweep.between(-110f, 90f, 400_000);
            case "log" -> FloatSweep.concat(FloatSweep.between(Float.MIN_VALUE, Float.MAX_VALUE, 400_000),
                    FloatSweep.between(0.5f, 2f, 200_000));
            case "tanh" -> FloatSweep.concat(FloatSweep.between(-20f, 20f, 400_000), FloatSweep.between(-1f, 1f, 200_000));
            default -> FloatSweep.between(-120f, 120f, 400_000);
        };
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + StrictMath.exp(-x)) : StrictMath.exp(x) / (1 + StrictMath.exp(x));
    }

    static double softplus(double x) {
        return Math.max(x, 0) + StrictMath.log1p(StrictMath.exp(-Math.abs(x)));
    }
}
