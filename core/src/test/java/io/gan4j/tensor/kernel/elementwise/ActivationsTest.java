package io.gan4j.tensor.kernel.elementwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/** The piecewise-linear kernels agree bit for bit with their scalar definitions, in vector body and tail, through JIT warm-up. */
class ActivationsTest {
    private static final float SLOPE = 0.2f;

    /** Specials (signed zeros, NaN, infinities) then normals, long enough to have a vector body and a tail. */
    private static float[] inputs() {
        float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, 1f, -1f};
        float[] normals = Tensor.normal(new Rng(5), 0f, 2f, 4 * FloatVector.SPECIES_PREFERRED.length() + 5).data();
        return FloatSweep.concat(specials, normals, specials);
    }

    @Test
    void reluIsMathMax() {
        float[] x = inputs(), r = new float[x.length];
        Activations.relu(x, r);
        for (int i = 0; i < x.length; i++) assertThat(bits(r[i])).as("relu(%s)", x[i]).isEqualTo(bits(Math.max(x[i], 0f)));
    }

    @Test
    void leakyReluAndItsGradient() {
        float[] x = inputs(), g = Tensor.normal(new Rng(6), 0f, 1f, x.length).data();
        float[] y = new float[x.length], gr = new float[x.length], g0 = new float[x.length];
        Activations.leakyRelu(x, SLOPE, y);
        Activations.leakyReluGrad(g, x, SLOPE, gr);
        Activations.leakyReluGrad(g, x, 0f, g0);
        for (int i = 0; i < x.length; i++) {
            assertThat(bits(y[i])).as("leakyRelu(%s)", x[i]).isEqualTo(bits(x[i] > 0 ? x[i] : x[i] * SLOPE));
            assertThat(bits(gr[i])).as("leakyReluGrad at %s", x[i]).isEqualTo(bits(x[i] > 0 ? g[i] : g[i] * SLOPE));
            assertThat(bits(g0[i])).as("reluGrad at %s", x[i]).isEqualTo(bits(x[i] > 0 ? g[i] : 0f));
        }
    }

    @Test
    void leakyReluGradWithColumnSumsGivesTheSameBitsAsTheGradThenSumTo() {
        for (int width : new int[] {1, 5, 37, 128}) {
            int rows = 9;
            float[] x = Tensor.normal(new Rng(7 + width), 0f, 1f, rows * width).data();
            float[] g = Tensor.normal(new Rng(8 + width), 0f, 1f, rows * width).data();
            float[] expected = new float[g.length], got = new float[g.length], sums = new float[width];
            Activations.leakyReluGrad(g, x, SLOPE, expected);
            float[] expectedSums = Reduce.sumTo(Tensor.of(expected, rows, width), new int[] {width}).data();
            Activations.leakyReluGradWithColumnSums(g, x, SLOPE, got, width, sums);
            for (int i = 0; i < g.length; i++) assertThat(bits(got[i])).as("width %d, grad [%d]", width, i).isEqualTo(bits(expected[i]));
            for (int j = 0; j < width; j++) assertThat(bits(sums[j])).as("width %d, column sum %d", width, j).isEqualTo(bits(expectedSums[j]));
        }
    }

    @Test
    void clampIsMinOfMax() {
        float[] x = inputs(), r = new float[x.length];
        Activations.clamp(x, -1.5f, 0.5f, r);
        for (int i = 0; i < x.length; i++) {
            assertThat(bits(r[i])).as("clamp(%s)", x[i]).isEqualTo(bits(Math.min(Math.max(x[i], -1.5f), 0.5f)));
        }
    }

    @Test
    void repeatedCallsKeepTheirBitsThroughJitWarmUp() {
        float[] x = inputs(), first = new float[x.length], again = new float[x.length];
        Activations.leakyRelu(x, SLOPE, first);
        float[] firstRelu = new float[x.length], againRelu = new float[x.length];
        Activations.relu(x, firstRelu);
        for (int round = 0; round < 20_000; round++) {
            Activations.leakyRelu(x, SLOPE, again);
            Activations.relu(x, againRelu);
        }
        assertThat(bitsOf(again)).isEqualTo(bitsOf(first));
        assertThat(bitsOf(againRelu)).isEqualTo(bitsOf(firstRelu));
    }

    @Test
    void inPlaceIsAllowed() {
        float[] x = {-1f, 2f, -3f};
        Activations.relu(x, x);
        assertThat(x).containsExactly(0f, 2f, 0f);
    }

    private static int bits(float f) {
        return Float.floatToIntBits(f);
    }

    private static int[] bitsOf(float[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) b[i] = bits(a[i]);
        return b;
    }
}
