package io.gan4j.data;

import java.util.function.DoubleUnaryOperator;

/**
 * Points {@code (x, y)} with {@code x ~ U(xMin, xMax)} and {@code y = f(x) + N(0, noise)}.
 * The metrics use {@link #function()} for the residual {@code |y - f(x)|} of generated points
 * and the x-range for how much of it they cover.
 */
public interface FunctionTarget extends RealData {

    /** The noiseless curve {@code f}. */
    DoubleUnaryOperator function();

    double xMin();

    double xMax();

    /** Standard deviation of the Gaussian noise added to {@code f(x)}; 0 for none. */
    double noise();

    @Override
    default int[] exampleShape() {
        return new int[] {2};
    }
}
