package io.gan4j.nn;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;

/**
 * How a layer's weights are drawn. Each draws from the generator passed in, given the
 * weight's shape and its fan-in and fan-out.
 */
@FunctionalInterface
public interface Init {
    Tensor draw(Rng rng, int fanIn, int fanOut, int... shape);

    /** Glorot (Xavier) uniform: U(±sqrt(6 / (fanIn + fanOut))), Keras' default. */
    static Init glorotUniform() {
        return (rng, fanIn, fanOut, shape) -> {
            float limit = (float) Math.sqrt(6.0 / (fanIn + fanOut));
            return Tensor.uniform(rng, -limit, limit, shape);
        };
    }

    /**
     * PyTorch's Linear/Conv default, kaiming_uniform with a = sqrt(5), which comes to
     * U(±1/sqrt(fanIn)); biases use the same bound.
     */
    static Init pytorchDefault() {
        return (rng, fanIn, fanOut, shape) -> {
            float bound = fanIn > 0 ? (float) (1.0 / Math.sqrt(fanIn)) : 0f;
            return Tensor.uniform(rng, -bound, bound, shape);
        };
    }

    /** N(0, std), e.g. std 0.02 for DCGAN. */
    static Init normal(float std) {
        return (rng, fanIn, fanOut, shape) -> Tensor.normal(rng, 0f, std, shape);
    }

    /** All zeros (Keras' bias default). */
    static Init zeros() {
        return (rng, fanIn, fanOut, shape) -> Tensor.zeros(shape);
    }
}
