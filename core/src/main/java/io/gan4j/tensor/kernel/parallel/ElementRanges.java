package io.gan4j.tensor.kernel.parallel;

import io.gan4j.tensor.kernel.elementwise.Elementwise;
/**
 * Elementwise work over several arrays (a network's parameters) as one parallel job: chunk k takes
 * the k-th share of every array. One hand-off per job instead of one per array, and the small
 * arrays (biases) get split too, so no thread waits while another finishes them.
 */
public final class ElementRanges {
    /** Chunk edges fall on multiples of this many elements, whole vectors for the kernels. */
    private static final int ALIGN = 16;

    /** Elementwise work on elements [from, to) of array number {@code index}. */
    @FunctionalInterface
    public interface Body {
        void apply(int index, int from, int to);
    }

    private ElementRanges() {}

    /**
     * Calls {@code body} on disjoint ranges that together cover [0, sizes[i]) of every array, split
     * over the engine's threads when there are at least {@code minPerChunk} elements per thread.
     * The body must give each element the same result whatever range it comes in.
     */
    public static void run(int[] sizes, long minPerChunk, Body body) {
        long total = 0;
        for (int s : sizes) total += s;
        int chunks = Parallel.chunksFor(total, minPerChunk);
        if (chunks == 1) {
            for (int i = 0; i < sizes.length; i++) if (sizes[i] > 0) body.apply(i, 0, sizes[i]);
            return;
        }
        Parallel.run(chunks, k -> {
            for (int i = 0; i < sizes.length; i++) {
                int from = edge(sizes[i], k, chunks), to = edge(sizes[i], k + 1, chunks);
                if (from < to) body.apply(i, from, to);
            }
        });
    }

    /** The start of chunk k of an array of n elements cut into chunks parts (n itself for k = chunks). */
    static int edge(int n, int k, int chunks) {
        if (k >= chunks) return n;
        int e = (int) ((long) n * k / chunks);
        return Math.min(n, e - e % ALIGN);
    }
}
