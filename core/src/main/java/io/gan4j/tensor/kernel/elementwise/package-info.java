/**
 * Elementwise kernels and reductions, vectorized with exactly rounded lane operations only, so vector bodies and
 * scalar tails agree bit for bit and results are reproducible.
 *
 * <ul>
 *   <li>{@link io.gan4j.tensor.kernel.elementwise.Elementwise}: add, sub, mul, div, max, min and a few unary ops with
 *       NumPy broadcasting. Layouts, fastest first: same shapes, a scalar, a trailing row, an input constant over
 *       contiguous runs (per-channel statistics against NCHW), and the general case through
 *       {@link io.gan4j.tensor.kernel.elementwise.Broadcast}'s offsets;</li>
 *   <li>{@link io.gan4j.tensor.kernel.elementwise.Activations}: ReLU, leaky ReLU and their gradient masks;
 *       {@link io.gan4j.tensor.kernel.elementwise.FastMath}: exp, log, tanh, sigmoid, softplus from add/mul/fma
 *       approximations (the Vector API's transcendental lanes differ between interpreter and compiler);</li>
 *   <li>{@link io.gan4j.tensor.kernel.elementwise.Compare}: 0/1 masks; {@link io.gan4j.tensor.kernel.elementwise.Reduce}:
 *       sums in a fixed order;</li>
 *   <li>moving data: {@link io.gan4j.tensor.kernel.elementwise.Slices} (concat, slice),
 *       {@link io.gan4j.tensor.kernel.elementwise.Permute} (axis order), {@link io.gan4j.tensor.kernel.elementwise.Gather}
 *       (rows by index, one-hot).</li>
 * </ul>
 */
package io.gan4j.tensor.kernel.elementwise;
