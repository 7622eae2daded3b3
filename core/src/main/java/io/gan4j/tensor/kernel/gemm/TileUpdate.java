package io.gan4j.tensor.kernel.gemm;

import static io.gan4j.tensor.kernel.gemm.MicroKernels.LANES;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.NR;
import static io.gan4j.tensor.kernel.gemm.MicroKernels.SPECIES;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

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

    /**
     * Applies this update to {@code rows} rows of C's columns [col, col + width) from {@code ci} (width ≤ NR),
     * finishing each value with {@code epilogue} when it is not null (the last k-block).
     */
    void apply(float[] tile, int rows, float[] c, int ci, int ldc, int col, int width, float alpha, float beta,
               Epilogue epilogue) {
        if (width == NR && epilogue != null) {
            float[] bias = epilogue.columnBias();
            boolean leaky = epilogue.leakyRelu();
            float slope = epilogue.slope();
            for (int r = 0; r < rows; r++, ci += ldc) {
                finished(tile, r * NR, c, ci, alpha, beta, bias, col, leaky, slope);
                finished(tile, r * NR + LANES, c, ci + LANES, alpha, beta, bias, col + LANES, leaky, slope);
            }
        } else if (width == NR) {
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
                if (epilogue != null) epilogue.finishRow(c, ci, col, width);
            }
        }
    }

    /** The update, then the epilogue (bias, leaky ReLU) as {@link Epilogue#finishRow} computes it, in registers. */
    private void finished(float[] tile, int ti, float[] c, int ci, float alpha, float beta, float[] bias, int col,
                          boolean leaky, float slope) {
        FloatVector s = FloatVector.fromArray(SPECIES, tile, ti);
        if (alpha != 1f) s = s.mul(alpha); // alpha 1 (every call from the layers) would change no bit
        FloatVector v = switch (this) {
            case ASSIGN -> s;
            case SCALE_ADD -> s.add(FloatVector.fromArray(SPECIES, c, ci).mul(beta));
            case ACCUMULATE -> FloatVector.fromArray(SPECIES, c, ci).add(s);
        };
        v = v.add(FloatVector.fromArray(SPECIES, bias, col));
        if (leaky) v = v.mul(slope).blend(v, v.compare(VectorOperators.GT, 0f));
        v.intoArray(c, ci);
    }

    // Each method below builds and stores its vectors itself: a vector handed to or returned from a call
    // the JIT does not inline loses its intrinsics (measured: this update at a tenth of a training step).
    private void vector(float[] tile, int ti, float[] c, int ci, float alpha, float beta) {
        FloatVector s = FloatVector.fromArray(SPECIES, tile, ti);
        if (alpha != 1f) s = s.mul(alpha); // alpha 1 (every call from the layers) would change no bit
        switch (this) {
            case ASSIGN -> s.intoArray(c, ci);
            case SCALE_ADD -> s.add(FloatVector.fromArray(SPECIES, c, ci).mul(beta)).intoArray(c, ci);
            case ACCUMULATE -> FloatVector.fromArray(SPECIES, c, ci).add(s).intoArray(c, ci);
        }
    }

    private void masked(float[] tile, int ti, float[] c, int ci, float alpha, float beta, VectorMask<Float> m) {
        FloatVector s = FloatVector.fromArray(SPECIES, tile, ti);
        if (alpha != 1f) s = s.mul(alpha); // alpha 1 (every call from the layers) would change no bit
        switch (this) {
            case ASSIGN -> s.intoArray(c, ci, m);
            case SCALE_ADD -> s.add(FloatVector.fromArray(SPECIES, c, ci, m).mul(beta)).intoArray(c, ci, m);
            case ACCUMULATE -> FloatVector.fromArray(SPECIES, c, ci, m).add(s).intoArray(c, ci, m);
        }
    }
}
