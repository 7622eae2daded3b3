package io.gan4j.autograd;

import static io.gan4j.autograd.GradCheck.firstAndSecond;
import static io.gan4j.autograd.GradCheck.uniform;

import io.gan4j.autograd.ops.MatMul;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every core op through the gradient checker, first and second order. */
class CoreOpsGradTest {
    static Stream<GradCheck.Case> cases() {
        return Stream.of(
                firstAndSecond("add", x -> x[0].add(x[1]), uniform(1, -1, 1, 3, 4), uniform(2, -1, 1, 3, 4)),
                firstAndSecond("add broadcast row", x -> x[0].add(x[1]), uniform(3, -1, 1, 3, 4), uniform(4, -1, 1, 4)),
                firstAndSecond("add broadcast column", x -> x[0].add(x[1]), uniform(5, -1, 1, 3, 4), uniform(6, -1, 1, 3, 1)),
                firstAndSecond("sub broadcast scalar", x -> x[0].sub(x[1]), uniform(7, -1, 1, 2, 3), uniform(8, -1, 1)),
                firstAndSecond("mul", x -> x[0].mul(x[1]), uniform(9, -1, 1, 3, 4), uniform(10, -1, 1, 3, 4)),
                firstAndSecond("mul broadcast 3-D", x -> x[0].mul(x[1]), uniform(11, -1, 1, 2, 3, 4), uniform(12, -1, 1, 3, 1)),
                firstAndSecond("div", x -> x[0].div(x[1]), uniform(13, -1, 1, 3, 4), uniform(14, 0.5f, 2, 3, 4)),
                firstAndSecond("neg", x -> x[0].neg(), uniform(15, -1, 1, 5)),
                firstAndSecond("square", x -> x[0].square(), uniform(16, -1, 1, 5)),
                firstAndSecond("matmul", x -> x[0].matmul(x[1]), uniform(17, -1, 1, 3, 4), uniform(18, -1, 1, 4, 5)),
                firstAndSecond("matmul Aᵀ", x -> MatMul.of(x[0], true, x[1], false), uniform(19, -1, 1, 4, 3), uniform(20, -1, 1, 4, 5)),
                firstAndSecond("matmul Bᵀ", x -> MatMul.of(x[0], false, x[1], true), uniform(21, -1, 1, 3, 4), uniform(22, -1, 1, 5, 4)),
                firstAndSecond("matmul AᵀBᵀ", x -> MatMul.of(x[0], true, x[1], true), uniform(23, -1, 1, 4, 3), uniform(24, -1, 1, 5, 4)),
                firstAndSecond("matmul batched", x -> x[0].matmul(x[1]), uniform(25, -1, 1, 2, 3, 4), uniform(26, -1, 1, 2, 4, 2)),
                firstAndSecond("matmul squared (nonlinear)", x -> x[0].matmul(x[1]).square(), uniform(27, -1, 1, 3, 4), uniform(28, -1, 1, 4, 2)),
                firstAndSecond("reshape", x -> x[0].reshape(4, 3).mul(x[0].reshape(4, 3)), uniform(29, -1, 1, 3, 4)),
                firstAndSecond("sum all", x -> x[0].square().sum(), uniform(30, -1, 1, 3, 4)),
                firstAndSecond("sum axis 0", x -> x[0].square().sum(false, 0), uniform(31, -1, 1, 3, 4)),
                firstAndSecond("sum axis 1 keepdims", x -> x[0].square().sum(true, 1), uniform(32, -1, 1, 3, 4)),
                firstAndSecond("mean axes", x -> x[0].square().mean(false, 0, 2), uniform(33, -1, 1, 2, 3, 4)),
                firstAndSecond("affine", x -> new io.gan4j.autograd.ops.Affine().call(x[0], x[1], x[2]).square(),
                        uniform(35, -1, 1, 3, 4), uniform(36, -1, 1, 5, 4), uniform(37, -1, 1, 5)),
                firstAndSecond("affine + leaky relu", x -> io.gan4j.autograd.ops.Affine.withLeakyRelu(0.2f).call(x[0], x[1], x[2]).square(),
                        uniform(38, -1, 1, 3, 4), uniform(39, -1, 1, 5, 4), uniform(40, -1, 1, 5)),
                firstAndSecond("affine + leaky relu, one unit", x -> io.gan4j.autograd.ops.Affine.withLeakyRelu(0.2f).call(x[0], x[1], x[2]).square(),
                        uniform(43, -1, 1, 3, 4), uniform(44, -1, 1, 1, 4), uniform(45, -1, 1, 1)),
                firstAndSecond("affine + leaky relu, one row", x -> io.gan4j.autograd.ops.Affine.withLeakyRelu(0.2f).call(x[0], x[1], x[2]).square(),
                        uniform(46, -1, 1, 1, 4), uniform(47, -1, 1, 5, 4), uniform(48, -1, 1, 5)),
                firstAndSecond("dense leaky relu grad: the activation's gradient and its known column sums", x -> {
                    var fused = io.gan4j.autograd.ops.DenseLeakyReluGrad.of(x[0].square(), uniform(42, -1, 1, 3, 4), 0.2f);
                    return fused.biasGrad().square().sum().add(fused.activationGrad().mul(x[0]).sum());
                }, uniform(41, -1, 1, 3, 4)),
                firstAndSecond("broadcastTo", x -> x[0].broadcastTo(3, 4).square(), uniform(34, -1, 1, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchCentralDifferences(GradCheck.Case c) {
        GradCheck.check(c);
    }
}
