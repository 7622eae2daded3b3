package io.gan4j.tensor.kernel.elementwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The fast sumTo layouts against the generic per-element path. */
class ReduceTest {
    /** {input shape, target shape}: one per fast layout, plus ones the generic path keeps. */
    private static final int[][][] CASES = {
        {{5, 7}, {5, 1}},               // kept, summed: [n, d] -> [n, 1]
        {{4, 6}, {6}},                  // summed, kept: a bias row
        {{4, 6}, {1, 6}},
        {{2, 3, 4, 5}, {1, 3, 1, 1}},   // summed, kept, summed: NCHW -> per channel
        {{2, 3, 4, 5}, {3, 1, 1}},
        {{2, 3, 1, 5}, {1, 3, 1, 1}},
        {{3, 4, 5}, {3, 1, 5}},         // kept, summed, kept
        {{2, 3, 4, 5}, {2, 3, 1, 1}},   // per sample and channel
        {{1, 3, 4}, {3, 4}},            // kept only (a leading 1 dropped)
        {{2, 3, 4, 5}, {2, 1, 4, 1}},   // generic: kept, summed, kept, summed
        {{2, 3, 4, 5}, {1, 3, 1, 5}},   // generic
    };

    @Test
    void fastLayoutsEqualTheGenericPathOnIntegers() {
        Rng rng = new Rng(9);
        for (int[][] c : CASES) {
            Tensor x = Tensor.zeros(c[0]);
            float[] d = x.data();
            for (int i = 0; i < d.length; i++) d[i] = rng.nextInt(21) - 10;
            Tensor fast = Reduce.sumTo(x, c[1]);
            assertThat(fast.shape()).as("%s -> %s", Shape.str(c[0]), Shape.str(c[1])).containsExactly(c[1]);
            assertThat(fast.data()).as("%s -> %s", Shape.str(c[0]), Shape.str(c[1]))
                    .containsExactly(Reduce.sumToGeneric(x, c[1]).data());
        }
    }

    @Test
    void fastLayoutsAgreeWithTheGenericPathOnFloats() {
        Rng rng = new Rng(10);
        for (int[][] c : CASES) {
            Tensor x = Tensor.uniform(rng, -1f, 1f, c[0]);
            float[] fast = Reduce.sumTo(x, c[1]).data(), generic = Reduce.sumToGeneric(x, c[1]).data();
            for (int i = 0; i < fast.length; i++) {
                assertThat(fast[i]).as("%s -> %s at %d", Shape.str(c[0]), Shape.str(c[1]), i).isCloseTo(generic[i], within(1e-5f));
            }
        }
    }

    @Test
    void knownPerChannelSums() {
        // [N=2, C=2, H=1, W=2] counting 0..7: channel 0 holds 0, 1, 4, 5; channel 1 holds 2, 3, 6, 7.
        Tensor x = Tensor.of(new float[] {0, 1, 2, 3, 4, 5, 6, 7}, 2, 2, 1, 2);
        assertThat(Reduce.sumTo(x, new int[] {1, 2, 1, 1}).data()).containsExactly(10f, 18f);
        assertThat(Reduce.sumTo(x.reshape(4, 2), new int[] {4, 1}).data()).containsExactly(1f, 5f, 9f, 13f);
    }

    @Test
    void sameInputGivesTheSameBits() {
        Tensor x = Tensor.uniform(new Rng(11), -1f, 1f, 8, 16, 5, 5);
        assertThat(Reduce.sumTo(x, new int[] {1, 16, 1, 1}).data()).containsExactly(Reduce.sumTo(x, new int[] {1, 16, 1, 1}).data());
    }

    @Test
    void targetThatDoesNotBroadcastBackIsRejected() {
        assertThatThrownBy(() -> Reduce.sumTo(Tensor.zeros(3), new int[] {3, 1})).isInstanceOf(ShapeException.class)
                .hasMessage("sumTo: shape [3] cannot be summed to [3, 1]");
        assertThatThrownBy(() -> Reduce.sumTo(Tensor.zeros(2, 3), new int[] {2})).isInstanceOf(ShapeException.class)
                .hasMessage("sumTo: shapes [2] and [2, 3] do not broadcast");
    }
}
