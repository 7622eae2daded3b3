package io.gan4j.autograd;

import static io.gan4j.autograd.GradCheck.firstAndSecond;
import static io.gan4j.autograd.GradCheck.uniform;
import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.autograd.ops.Conv2dWeightGrad;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Convolution, transposed convolution and the weight-gradient op through the gradient checker, first and
 * second order, on tiny shapes (N=2, C=2, H=W=5, F=3, 3x3 kernels) over strides, paddings, output paddings
 * and with or without bias. The ops are bilinear, so the plain second-order check already couples x and w;
 * the squared variants also make the output gradient depend on the inputs.
 */
class ConvOpsGradTest {
    static Stream<GradCheck.Case> cases() {
        List<GradCheck.Case> cases = new ArrayList<>();
        long seed = 400;
        for (int stride = 1; stride <= 2; stride++) {
            for (int padding = 0; padding <= 1; padding++) {
                for (boolean bias : new boolean[] {false, true}) {
                    cases.add(conv(stride, padding, bias, seed += 3));
                    for (int outputPadding = 0; outputPadding < stride; outputPadding++) {
                        cases.add(transposed(stride, padding, outputPadding, bias, seed += 3));
                    }
                }
                cases.add(weightGrad(stride, padding, seed += 3));
            }
        }
        cases.addAll(oddShapes());
        return cases.stream();
    }

    private static GradCheck.Case conv(int s, int p, boolean bias, long seed) {
        String name = "conv2d s" + s + " p" + p + (bias ? " bias" : "") + ", squared";
        Tensor x = uniform(seed, -1, 1, 2, 2, 5, 5), w = uniform(seed + 1, -0.5f, 0.5f, 3, 2, 3, 3);
        if (!bias) return firstAndSecond(name, v -> v[0].conv2d(v[1], null, s, p).square(), x, w);
        return firstAndSecond(name, v -> v[0].conv2d(v[1], v[2], s, p).square(), x, w, uniform(seed + 2, -1, 1, 3));
    }

    private static GradCheck.Case transposed(int s, int p, int op, boolean bias, long seed) {
        String name = "convTranspose2d s" + s + " p" + p + " op" + op + (bias ? " bias" : "") + ", squared";
        Tensor x = uniform(seed, -1, 1, 2, 3, 3, 3), w = uniform(seed + 1, -0.5f, 0.5f, 3, 2, 3, 3);
        if (!bias) return firstAndSecond(name, v -> v[0].convTranspose2d(v[1], null, s, p, op).square(), x, w);
        return firstAndSecond(name, v -> v[0].convTranspose2d(v[1], v[2], s, p, op).square(), x, w, uniform(seed + 2, -1, 1, 2));
    }

    /**
     * The weight-gradient op on its own: x [2,2,5,5] and an output gradient of the conv's output shape, kept small
     * so the float sum of squares the checker differentiates numerically stays well resolved.
     */
    private static GradCheck.Case weightGrad(int s, int p, long seed) {
        int out = (5 + 2 * p - 3) / s + 1;
        return firstAndSecond("conv2d weight grad s" + s + " p" + p + ", squared",
                v -> new Conv2dWeightGrad(s, p, 3, 3).call(v[0], v[1]).square(),
                uniform(seed, -1, 1, 2, 2, 5, 5), uniform(seed + 1, -0.3f, 0.3f, 2, 3, out, out));
    }

    /** Plain (bilinear) ops, and shapes whose two axes differ: a 5x6 image needs output padding 0 on H, 1 on W. */
    private static List<GradCheck.Case> oddShapes() {
        return List.of(
                firstAndSecond("conv2d plain", v -> v[0].conv2d(v[1], v[2], 1, 1),
                        uniform(501, -1, 1, 2, 2, 5, 5), uniform(502, -1, 1, 3, 2, 3, 3), uniform(503, -1, 1, 3)),
                firstAndSecond("convTranspose2d plain", v -> v[0].convTranspose2d(v[1], v[2], 2, 1, 1),
                        uniform(504, -1, 1, 2, 3, 3, 3), uniform(505, -1, 1, 3, 2, 3, 3), uniform(506, -1, 1, 2)),
                firstAndSecond("conv2d 5x6 image, 3x2 kernel, s2 p1, squared", v -> v[0].conv2d(v[1], v[2], 2, 1).square(),
                        uniform(507, -1, 1, 2, 2, 5, 6), uniform(508, -0.5f, 0.5f, 3, 2, 3, 2), uniform(509, -1, 1, 3)),
                firstAndSecond("conv2d 6x5 image, s2 p0, squared", v -> v[0].conv2d(v[1], null, 2, 0).square(),
                        uniform(510, -1, 1, 2, 2, 6, 5), uniform(511, -0.5f, 0.5f, 3, 2, 3, 3)),
                firstAndSecond("conv of a transposed conv", v -> v[0].convTranspose2d(v[1], null, 2, 1, 1).conv2d(v[2], null, 2, 1).square(),
                        uniform(512, -1, 1, 1, 3, 3, 3), uniform(513, -0.5f, 0.5f, 3, 2, 3, 3), uniform(514, -0.5f, 0.5f, 2, 2, 3, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchCentralDifferences(GradCheck.Case c) {
        GradCheck.check(c);
    }

    private static final float SLOPE = 0.2f;
    private static final Tensor IMAGES = uniform(665, -1, 1, 2, 1, 5, 5);
    private static final Tensor B1 = uniform(668, -0.2f, 0.2f, 2);

    /** D(x) = sum(conv(leakyRelu(conv(x, w1, b1; s1 p1)), w2; s2 p0)), a tiny critic of 5x5 one-channel images. */
    private static Variable critic(Variable x, Variable w1, Variable w2) {
        return x.conv2d(w1, Variable.constant(B1), 1, 1).leakyRelu(SLOPE).conv2d(w2, null, 2, 0).sum();
    }

    /**
     * The WGAN-GP ingredient: the penalty ‖∂D(x)/∂x‖² differentiated with respect to both conv weights (a
     * gradient of a gradient through conv, leakyRelu and conv) against central differences.
     */
    @Test
    void gradientPenaltyOfAConvCriticMatchesCentralDifferences() {
        Tensor w1 = uniform(666, -0.5f, 0.5f, 2, 1, 3, 3), w2 = uniform(667, -0.5f, 0.5f, 1, 2, 3, 3);
        // The penalty jumps where a preactivation changes sign; a step of 0.01 in one weight moves each by at most 0.01.
        Tensor pre = Variable.constant(IMAGES).conv2d(Variable.constant(w1), Variable.constant(B1), 1, 1).value();
        float nearest = Float.MAX_VALUE;
        for (float z : pre.data()) nearest = Math.min(nearest, Math.abs(z));
        assertThat(nearest).as("closest preactivation to the kink").isGreaterThan(0.02f);

        GradCheck.firstOrder("gradient penalty of a conv critic", v -> {
            Variable x = Variable.param(IMAGES);
            Variable dx = Autograd.grad(critic(x, v[0], v[1]), x, true);
            return dx.square().sum();
        }, w1, w2);
    }
}
