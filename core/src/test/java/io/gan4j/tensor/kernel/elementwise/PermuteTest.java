package io.gan4j.tensor.kernel.elementwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every permutation path (copy, blocked transpose, block transpose, strided) against an element-by-element reference. */
class PermuteTest {
    private static final int[][] SHAPES = {
        {70, 45}, {1, 33}, {3, 1, 4}, {2, 3, 4}, {2, 3, 1, 5}, {3, 34, 2, 2}, {2, 1, 3, 2, 3}
    };

    @Test
    void everyPermutationMatchesTheReference() {
        Rng rng = new Rng(5);
        for (int[] shape : SHAPES) {
            Tensor x = Tensor.uniform(rng, -1f, 1f, shape);
            for (int[] perm : permutations(shape.length)) {
                assertThat(Permute.permute(x, perm).data())
                        .as("permute %s by %s", Shape.str(shape), Shape.str(perm))
                        .containsExactly(reference(x, perm).data());
            }
        }
    }

    @Test
    void blockedTransposeCoversRaggedTileEdges() {
        Tensor x = Tensor.uniform(new Rng(6), -1f, 1f, 3, 33, 65);
        Tensor t = Permute.permute(x, 0, 2, 1);
        assertThat(t.shape()).containsExactly(3, 65, 33);
        assertThat(t.data()).containsExactly(reference(x, new int[] {0, 2, 1}).data());
    }

    private static Tensor reference(Tensor x, int[] perm) {
        int[] in = x.shape(), out = new int[in.length];
        for (int i = 0; i < in.length; i++) out[i] = in[perm[i]];
        Tensor r = Tensor.zeros(out);
        int[] idx = new int[out.length], src = new int[in.length];
        for (int n = 0; n < r.size(); n++) {
            int rem = n;
            for (int ax = out.length - 1; ax >= 0; ax--) {
                idx[ax] = rem % out[ax];
                rem /= out[ax];
            }
            for (int i = 0; i < in.length; i++) src[perm[i]] = idx[i];
            r.data()[n] = x.get(src);
        }
        return r;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> all = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, all);
        return all;
    }

    private static void permute(int[] cur, boolean[] used, int pos, List<int[]> all) {
        if (pos == cur.length) {
            all.add(cur.clone());
            return;
        }
        for (int v = 0; v < cur.length; v++) {
            if (used[v]) continue;
            used[v] = true;
            cur[pos] = v;
            permute(cur, used, pos + 1, all);
            used[v] = false;
        }
    }
}
