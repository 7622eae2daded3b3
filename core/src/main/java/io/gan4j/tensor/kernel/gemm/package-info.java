/**
 * Single-precision matrix multiply, {@code C = alpha op(A) op(B) + beta C} with an optional epilogue.
 *
 * <p>Entry: {@link io.gan4j.tensor.kernel.gemm.Gemm#sgemm}; {@link io.gan4j.tensor.kernel.gemm.Epilogue} adds a
 * column bias and a leaky ReLU to each finished element (a dense layer's forward in one pass).
 *
 * <p>Which path a shape takes:
 * <ul>
 *   <li>one tiny side ({@link io.gan4j.tensor.kernel.gemm.SkinnyGemm}): k or m at most 8 (a first layer over 2-D
 *       points, the weight gradient of a 2-unit layer) in its rows form, n at most 8 (a 2-unit output) in its dots
 *       form ({@link io.gan4j.tensor.kernel.gemm.SkinnyDots}) or, for a transposed A, its transposed-rows form;</li>
 *   <li>everything else: the cache-blocked path of {@link io.gan4j.tensor.kernel.gemm.GemmTask} (after BLIS): panels
 *       of op(B) packed by {@link io.gan4j.tensor.kernel.gemm.PanelPacker} into per-thread
 *       {@link io.gan4j.tensor.kernel.gemm.GemmScratch}, rows of A read in place by the register-blocked
 *       {@link io.gan4j.tensor.kernel.gemm.MicroKernels}, tiles merged into C by
 *       {@link io.gan4j.tensor.kernel.gemm.TileUpdate}; C cut into rectangles by
 *       {@link io.gan4j.tensor.kernel.gemm.ChunkGrid} for the engine's threads.</li>
 * </ul>
 * {@link io.gan4j.tensor.kernel.gemm.GemmArguments} checks the arguments first. Every element of C is the same
 * chain of fused multiply-adds whatever the chunking, so results are the same bits on any thread count.
 */
package io.gan4j.tensor.kernel.gemm;
