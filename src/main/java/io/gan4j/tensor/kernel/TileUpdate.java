package io.gan4j.tensor.kernel;

import static io.gan4j.tensor.kernel.MicroKernels.LANES;
import static io.gan4j.tensor.kernel.MicroKernels.NR;
import static io.gan4j.tensor.kernel.MicroKernels.SPECIES;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;

/** Merges a micro-kernel's tile of sums (rows × NR, row-major) into C. */
enum TileUpdate {
    /** c = alpha·sum: the first k-block when beta is 0, so C's old contents (even NaN) are ignored. */
    ASSIGN,
    /** c = alpha·sum + beta·c: the first k-block. */
    SCALE_ADD,
    /** c = c + alpha·sum: later k-blocks. */
    ACCUMULATE;

    /** The update for the k-block starting at {@code pc}. */
    static TileUpdate forBlock(int pc, float beta) {
        return pc > 0 ? ACCUMULATE : beta == 0f ? ASSIGN : SCALE_ADD;
    }

    /** Applies this update to {@code rows} rows of C's columns [0, width) from {@code ci} (width ≤ NR). */
    void apply(float[] tile, int rows, float[] c, int ci, int ldc, int width, float alpha, float beta) {
        if (width == NR) {
            for (int r = 0; r < rows; r++, ci += ldc) {
                vector(tile, r * NR, c, ci, alpha, beta);
                vector(tile, r * NR + LANES, c, ci + LANES, alpha, beta);
            }
        } else {
            VectorMask<Float> m0 = SPECIES.indexInRange(0, width);
            VectorMask<Float> m1 = SPECIES.indexInRange(LANES, width);
            for (int r = 0; r < rows; r++, ci += ldc) {
                masked(tile, r * NR, c, ci, alpha, beta, m0);
                if (width > LANES) masked(tile, r * NR + LANES, c, ci + LANES, alpha, beta, m1);
            }
        }
    }

    private void vector(float[] tile, int ti, float[] c, int ci, float alpha, float beta) {
        FloatVector scaled = FloatVector.fromArray(SPECIES, tile, ti).mul(alpha);
        switch (this) {
            case ASSIGN -> scaled.intoArray(c, ci);
            case SCALE_ADD -> scaled.add(FloatVector.fromArray(SPECIES, c, ci).mul(beta)).intoArray(c, ci);
            case ACCUMULATE -> FloatVector.fromArray(SPECIES, c, ci).add(scaled).intoArray(c, ci);
        }
    }

    private void masked(float[] tile, int ti, float[] c, int ci, float alpha, float beta, VectorMask<Float> m) {
        FloatVector scaled = FloatVector.fromArray(SPECIES, tile, ti).mul(alpha);
        switch (this) {
            case ASSIGN -> scaled.intoArray(c, ci, m);
            case SCALE_ADD -> scaled.add(FloatVector.fromArray(SPECIES, c, ci, m).mul(beta)).intoArray(c, ci, m);
            case ACCUMULATE -> FloatVector.fromArray(SPECIES, c, ci, m).add(scaled).intoArray(c, ci, m);
        }
    }
}
