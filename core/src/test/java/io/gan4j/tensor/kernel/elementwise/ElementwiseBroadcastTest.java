package io.gan4j.tensor.kernel.elementwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every broadcasting layout gives the bits of the plain per-element definition: same shapes, scalars, rows,
 * per-channel statistics ([1, C, 1, 1] against [N, C, H, W], either side) and the general case.
 */
class ElementwiseBroadcastTest {
    private static final int[][][] PAIRS = {
        {{2, 3, 4, 5}, {2, 3, 4, 5}}, {{2, 3, 4, 5}, {1}}, {{1}, {2, 3, 4, 5}}, {{2, 3, 4, 5}, {5}},
        {{2, 3, 4, 5}, {1, 3, 1, 1}}, {{1, 3, 1, 1}, {2, 3, 4, 5}}, {{2, 3, 4, 5}, {3, 1, 1}}, {{2, 3, 4, 5}, {3, 4, 1}},
        {{2, 3, 4, 5}, {2, 1, 4, 1}}, {{4, 37}, {4, 1}}, {{64, 64, 14, 14}, {1, 64, 1, 1}},
    };

    @ParameterizedTest
    @EnumSource(Elementwise.Binary.class)
    void everyLayoutAgreesWithThePerElementDefinition(Elementwise.Binary op) {
        for (int[][] pair : PAIRS) {
            Tensor a = Tensor.uniform(new Rng(1), 0.5f, 2f, pair[0]), b = Tensor.uniform(new Rng(2), 0.5f, 2f, pair[1]);
            int[] out = Shape.broadcast("test", pair[0], pair[1]);
            int[] ao = Broadcast.offsets(pair[0], out), bo = Broadcast.offsets(pair[1], out);
            float[] got = Elementwise.binary("test", op, a, b).data();
            for (int i = 0; i < got.length; i++) {
                assertThat(Float.floatToRawIntBits(got[i])).as("%s %s %s [%d]", op, Shape.str(pair[0]), Shape.str(pair[1]), i)
                        .isEqualTo(Float.floatToRawIntBits(op.apply(a.data()[ao[i]], b.data()[bo[i]])));
            }
            if (!Arrays.equals(out, pair[0])) continue;
            float[] spread = Elementwise.broadcastTo(b, out).data();
            for (int i = 0; i < spread.length; i++) assertThat(spread[i]).isEqualTo(b.data()[bo[i]]);
        }
    }
}
