package io.gan4j.autograd.ops;

import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;

/** A whole-array unary kernel (read x, write every element of r), run once per tensor rather than per element. */
@FunctionalInterface
interface UnaryKernel {
    void run(float[] x, float[] r);

    static Tensor apply(Tensor x, UnaryKernel kernel) {
        float[] r = Workspace.uninitialized(x.size());
        kernel.run(x.data(), r);
        return Tensor.of(r, x.shape());
    }
}
