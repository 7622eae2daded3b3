package io.gan4j.nn;

import io.gan4j.autograd.Variable;

/**
 * A layer y = f(x; weight, bias) whose weight a wrapper may replace by a computed one, as
 * {@link SpectralNorm} does. One weight axis counts output units, {@link #outputAxis()}: the
 * first for Linear [out, in] and Conv2d [out, in, kh, kw], the second for ConvTranspose2d
 * [in, out, kh, kw].
 */
public interface WeightedLayer {
    Variable weight();

    /** The weight axis that counts output units (PyTorch's spectral_norm dim): 0 unless a layer says otherwise. */
    default int outputAxis() {
        return 0;
    }

    /** The bias, or null for a layer without one. */
    Variable bias();

    /** The layer's function with the given weight and bias (bias may be null). */
    Variable forward(Variable x, Variable weight, Variable bias);
}
