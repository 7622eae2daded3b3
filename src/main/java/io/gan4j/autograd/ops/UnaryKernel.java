package io.gan4j.autograd.ops;

import io.gan4j.tensor.Tensor;

/** A whole-array unary kernel (read x, write r), run once per tensor rather than per element. */
@FunctionalInterface
interface UnaryKernel {
    void run(float[] x, float[] r);

    static Tensor apply(Tensor x, UnaryKernel kernel) {
        float[] r = new float[x.size()];
        kernel.run(x.data(), r);
        return Tensor.of(r, x.shape());
    }
}
