package io.gan4j.tensor.kernel.gemm;

import io.gan4j.tensor.kernel.elementwise.Gather;
/** Per-thread packing buffers, grown on demand and kept, so GEMM calls do not allocate. */
final class GemmScratch {
    private static final ThreadLocal<GemmScratch> PER_THREAD = ThreadLocal.withInitial(GemmScratch::new);

    private final float[] tile = new float[MicroKernels.MR_TRANSPOSED * MicroKernels.NR];
    private float[] panels = new float[0];
    private final int[] fullOffsets = new int[MicroKernels.LANES];
    private final int[] edgeOffsets = new int[MicroKernels.LANES];

    static GemmScratch get() {
        return PER_THREAD.get();
    }

    /** Where a micro-kernel leaves its sums: up to MR_TRANSPOSED rows of NR. */
    float[] tile() {
        return tile;
    }

    /** A buffer of at least {@code size} floats (contents unspecified). */
    float[] panels(int size) {
        if (panels.length < size) panels = new float[size];
        return panels;
    }

    /**
     * Gather offsets {0, stride, 2·stride, ...} for {@code rows} consecutive stored rows, then 0 for
     * lanes past them: those lanes are masked off, but the gather still checks their indices.
     */
    int[] rowOffsets(int stride, int rows) {
        int[] offsets = rows >= MicroKernels.LANES ? fullOffsets : edgeOffsets;
        for (int i = 0; i < offsets.length; i++) offsets[i] = i < rows ? i * stride : 0;
        return offsets;
    }
}
