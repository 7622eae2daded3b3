package io.gan4j.nn;

import io.gan4j.autograd.Variable;

/**
 * A layer y = f(x; weight, bias) whose weight a wrapper may replace by a computed one, as
 * {@link SpectralNorm} does. The weight's first axis counts output units (Linear: [out, in],
 * convolution: [out, in, kh, kw]).
 */
public interface WeightedLayer {
    Variable weight();

    /** The bias, or null for a layer without one. */
    Variable bias();

    /** The layer's function with the given weight and bias (bias may be null). */
    Variable forward(Variable x, Variable weight, Variable bias);
}
