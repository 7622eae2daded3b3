/**
 * The engine's kernels on float arrays, by concern: {@code gemm} (matrix multiply), {@code conv} (2-D convolution),
 * {@code parallel} (the thread pool), {@code elementwise} (elementwise ops and reductions). The autograd ops call
 * their entry classes; layers above them use {@link io.gan4j.tensor.Tensor} and {@link io.gan4j.tensor.Engine}, and an
 * architecture test keeps it so.
 */
package io.gan4j.tensor.kernel;
