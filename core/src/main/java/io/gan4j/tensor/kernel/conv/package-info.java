/**
 * 2-D convolution on NCHW arrays: forward, input gradient and weight gradient, for Conv2d and ConvTranspose2d.
 *
 * <p>Entry: {@link io.gan4j.tensor.kernel.conv.Conv2d} (raw kernels), sized by
 * {@link io.gan4j.tensor.kernel.conv.ConvGeometry}; bias gradients by {@link io.gan4j.tensor.kernel.conv.ChannelSums}.
 *
 * <p>Which path a layer takes:
 * <ul>
 *   <li>small patches (channels × taps at most {@code SmallPatchConv.MAX_PATCH} = 64, e.g. a first layer over a grey
 *       image): {@link io.gan4j.tensor.kernel.conv.SmallPatchConv}, one image at a time in cache, unfolded by
 *       {@link io.gan4j.tensor.kernel.conv.PatchColumns} (tap per row) or {@link io.gan4j.tensor.kernel.conv.PatchRows}
 *       (position per row) and multiplied in registers by {@link io.gan4j.tensor.kernel.conv.PlaneProduct} (4×4 blocks)
 *       with {@link io.gan4j.tensor.kernel.conv.PlaneRemainder} for the positions left over, and
 *       {@link io.gan4j.tensor.kernel.conv.PatchWeightGradient} for the weights;</li>
 *   <li>larger patches: im2col + GEMM. {@link io.gan4j.tensor.kernel.conv.ConvChunks} cuts the batch into runs of
 *       images, {@link io.gan4j.tensor.kernel.conv.Im2col} unfolds and folds a run, and
 *       {@link io.gan4j.tensor.kernel.conv.ChunkConv} does one run's unfold, GEMM (through
 *       {@link io.gan4j.tensor.kernel.conv.ConvGemm}) and fold.</li>
 * </ul>
 * Index tables are cached per layer shape ({@link io.gan4j.tensor.kernel.conv.ShapeTables}); working arrays are
 * per thread ({@link io.gan4j.tensor.kernel.conv.ConvScratch}). Cuts depend on the geometry, never on the thread
 * count, so results are the same bits on any number of threads.
 */
package io.gan4j.tensor.kernel.conv;
