package io.gan4j.tensor.kernel.elementwise;

import io.gan4j.tensor.Shape;

/**
 * Index mapping for broadcasting: for each element of an output shape, the offset of the
 * element it reads in an input of a (broadcastable) smaller shape.
 */
final class Broadcast {
    private Broadcast() {}

    /** Strides of {@code in} laid against {@code out}'s axes, 0 on broadcast axes. */
    static int[] stridesAgainst(int[] in, int[] out) {
        int[] inStrides = Shape.strides(in);
        int[] s = new int[out.length];
        int lead = out.length - in.length;
        for (int i = 0; i < in.length; i++) {
            s[lead + i] = in[i] == 1 && out[lead + i] != 1 ? 0 : inStrides[i];
        }
        return s;
    }

    /** Offsets into {@code in} for every element of {@code out}, in row-major order. */
    static int[] offsets(int[] in, int[] out) {
        int n = Shape.size(out);
        int[] offs = new int[n];
        int[] strides = stridesAgainst(in, out);
        int rank = out.length;
        int[] idx = new int[rank];
        int off = 0;
        for (int i = 0; i < n; i++) {
            offs[i] = off;
            for (int ax = rank - 1; ax >= 0; ax--) {
                idx[ax]++;
                off += strides[ax];
                if (idx[ax] < out[ax]) break;
                off -= strides[ax] * out[ax];
                idx[ax] = 0;
            }
        }
        return offs;
    }

    /**
     * True when {@code in}, leading size-1 axes aside, equals the trailing part of {@code out}
     * (e.g. a bias row [d] or [1, d] against [n, d]).
     */
    static boolean isSuffix(int[] in, int[] out) {
        int skip = 0;
        while (skip < in.length && in[skip] == 1) skip++;
        in = java.util.Arrays.copyOfRange(in, skip, in.length);
        int lead = out.length - in.length;
        if (lead < 0) return false;
        for (int i = 0; i < in.length; i++) if (in[i] != out[lead + i]) return false;
        return true;
    }

    /**
     * The length of the runs of {@code out} over which {@code in} stays constant, when {@code in} is
     * constant over trailing axes and, before them, a suffix broadcast of {@code out} (e.g. per-channel
     * statistics [1, C, 1, 1] against [N, C, H, W]: runs of H·W, value c of in for run n·C + c); else 0.
     * Element i of out then reads {@code in[(i / run) % in's size]}.
     */
    static int constantRuns(int[] in, int[] out) {
        int lead = out.length - in.length;
        if (lead < 0) return 0;
        int last = in.length - 1;
        while (last >= 0 && in[last] == 1) last--;
        if (last < 0 || last == in.length - 1) return 0;
        int run = 1;
        for (int a = lead + last + 1; a < out.length; a++) run *= out[a];
        int[] head = java.util.Arrays.copyOf(in, last + 1), outHead = java.util.Arrays.copyOf(out, lead + last + 1);
        return isSuffix(head, outHead) ? run : 0;
    }
}
