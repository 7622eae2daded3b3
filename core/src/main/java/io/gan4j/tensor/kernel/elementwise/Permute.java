package io.gan4j.tensor.kernel.elementwise;

import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reorders a tensor's axes. Axes that stay neighbours are merged first, so the common cases
 * (a matrix transpose, NCHW to NHWC, swapping two leading axes) become one batched transpose of
 * blocks, done in cache-sized tiles; anything else walks the input with strides.
 */
public final class Permute {
    /** Tile edge of the blocked transpose: two 32x32 float tiles fit in L1 with room to spare. */
    private static final int TILE = 32;

    private Permute() {}

    /**
     * The tensor with its axes reordered: output axis i is input axis {@code axes[i]}. The caller
     * guarantees {@code axes} is a permutation of 0..rank-1.
     */
    public static Tensor permute(Tensor a, int... axes) {
        int[] in = a.shape();
        int[] outShape = new int[in.length];
        for (int i = 0; i < in.length; i++) outShape[i] = in[axes[i]];
        float[] r = new float[a.size()];
        Merged m = Merged.of(in, axes);
        int swap = m.adjacentSwap();
        if (m.isIdentity()) {
            System.arraycopy(a.data(), 0, r, 0, r.length);
        } else if (swap >= 0) {
            batchedTranspose(a.data(), r, m.product(0, swap), m.dims[swap], m.dims[swap + 1], m.product(swap + 2, m.dims.length));
        } else {
            strided(a.data(), r, m);
        }
        return Tensor.of(r, outShape);
    }

    /** For each of {@code batch} [rows, cols] grids of {@code block}-element blocks, writes the [cols, rows] grid. */
    private static void batchedTranspose(float[] x, float[] r, int batch, int rows, int cols, int block) {
        int grid = rows * cols * block;
        for (int b = 0; b < batch; b++) {
            if (block == 1) {
                transpose(x, b * grid, rows, cols, r, b * grid);
            } else {
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        System.arraycopy(x, b * grid + (i * cols + j) * block, r, b * grid + (j * rows + i) * block, block);
                    }
                }
            }
        }
    }

    /** dst[j][i] = src[i][j] for a row-major [rows, cols] matrix, tile by tile. */
    static void transpose(float[] src, int srcOff, int rows, int cols, float[] dst, int dstOff) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int iEnd = Math.min(i0 + TILE, rows);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int jEnd = Math.min(j0 + TILE, cols);
                for (int i = i0; i < iEnd; i++) {
                    int s = srcOff + i * cols;
                    for (int j = j0; j < jEnd; j++) dst[dstOff + j * rows + i] = src[s + j];
                }
            }
        }
    }

    /** Walks the output in order, reading the input through permuted strides (last axis innermost). */
    private static void strided(float[] x, float[] r, Merged m) {
        int rank = m.dims.length;
        int[] inStrides = io.gan4j.tensor.Shape.strides(m.dims);
        int[] outDims = new int[rank], step = new int[rank];
        for (int i = 0; i < rank; i++) {
            outDims[i] = m.dims[m.perm[i]];
            step[i] = inStrides[m.perm[i]];
        }
        int inner = outDims[rank - 1], innerStep = step[rank - 1];
        int[] idx = new int[rank];
        int base = 0;
        for (int o = 0; o < r.length; o += inner) {
            for (int j = 0; j < inner; j++) r[o + j] = x[base + j * innerStep];
            for (int ax = rank - 2; ax >= 0; ax--) {
                base += step[ax];
                if (++idx[ax] < outDims[ax]) break;
                base -= step[ax] * outDims[ax];
                idx[ax] = 0;
            }
        }
    }

    /**
     * The permutation with size-1 axes dropped and runs of axes that stay neighbours merged:
     * {@code dims} in input order, {@code perm} mapping output position to merged input axis.
     */
    private record Merged(int[] dims, int[] perm) {
        static Merged of(int[] shape, int[] axes) {
            List<int[]> groups = new ArrayList<>(); // [first, last] input axis, in output order
            for (int ax : axes) {
                if (shape[ax] == 1) continue;
                int[] last = groups.isEmpty() ? null : groups.getLast();
                if (last != null && last[1] + 1 == ax) last[1] = ax;
                else groups.add(new int[] {ax, ax});
            }
            int n = groups.size();
            Integer[] byFirst = new Integer[n];
            for (int i = 0; i < n; i++) byFirst[i] = i;
            Arrays.sort(byFirst, (p, q) -> Integer.compare(groups.get(p)[0], groups.get(q)[0]));
            int[] dims = new int[n], perm = new int[n];
            for (int pos = 0; pos < n; pos++) {
                int[] g = groups.get(byFirst[pos]);
                int size = 1;
                for (int ax = g[0]; ax <= g[1]; ax++) size *= shape[ax];
                dims[pos] = size;
                perm[byFirst[pos]] = pos;
            }
            return new Merged(dims, perm);
        }

        boolean isIdentity() {
            for (int i = 0; i < perm.length; i++) if (perm[i] != i) return false;
            return true;
        }

        /** k when the permutation only swaps merged axes k and k+1, else -1. */
        int adjacentSwap() {
            for (int k = 0; k + 1 < perm.length; k++) {
                if (perm[k] == k + 1 && perm[k + 1] == k) {
                    for (int i = 0; i < perm.length; i++) if (i != k && i != k + 1 && perm[i] != i) return -1;
                    return k;
                }
            }
            return -1;
        }

        int product(int from, int to) {
            int p = 1;
            for (int i = from; i < to; i++) p *= dims[i];
            return p;
        }
    }
}
