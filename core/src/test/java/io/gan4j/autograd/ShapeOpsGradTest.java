package io.gan4j.autograd;

import static io.gan4j.autograd.GradCheck.firstAndSecond;
import static io.gan4j.autograd.GradCheck.uniform;

import io.gan4j.autograd.ops.IndexAdd;
import io.gan4j.autograd.ops.PadSlice;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shape, indexing and reduction op through the gradient checker, first and second order.
 * Each is composed with a nonlinear function so the second-order check is not trivially zero.
 */
class ShapeOpsGradTest {
    static Stream<GradCheck.Case> cases() {
        return Stream.of(
                firstAndSecond("transpose 2-D", x -> x[0].transpose(0, 1).square(), uniform(101, -1, 1, 3, 4)),
                firstAndSecond("transpose outer axes of 3-D", x -> x[0].transpose(0, 2).square(), uniform(102, -1, 1, 2, 3, 4)),
                firstAndSecond("transpose negative axes", x -> x[0].transpose(-1, -2).square(), uniform(103, -1, 1, 2, 3, 4)),
                firstAndSecond("x times its transpose", x -> x[0].matmul(x[0].transpose(0, 1)), uniform(104, -1, 1, 3, 4)),
                firstAndSecond("permute NCHW to NHWC", x -> x[0].permute(0, 2, 3, 1).square(), uniform(105, -1, 1, 2, 3, 2, 2)),
                firstAndSecond("permute rotate 3-D", x -> x[0].permute(2, 0, 1).square(), uniform(106, -1, 1, 2, 3, 4)),
                firstAndSecond("permute scattered 4-D", x -> x[0].permute(1, 3, 0, -2).square(), uniform(107, -1, 1, 2, 3, 2, 2)),
                firstAndSecond("concat axis 0", x -> Variable.concat(0, x[0], x[1]).square(), uniform(108, -1, 1, 2, 3), uniform(109, -1, 1, 1, 3)),
                firstAndSecond("concat three on axis 1", x -> Variable.concat(1, x[0], x[1], x[2]).square(),
                        uniform(110, -1, 1, 2, 1), uniform(111, -1, 1, 2, 3), uniform(112, -1, 1, 2, 2)),
                firstAndSecond("concat with a constant, negative axis",
                        x -> Variable.concat(-1, x[0], Variable.constant(uniform(113, -1, 1, 2, 2, 2))).mul(x[0].sum()),
                        uniform(114, -1, 1, 2, 2, 3)),
                firstAndSecond("concat products of both parts", x -> Variable.concat(0, x[0].mul(x[1]), x[1]).square(),
                        uniform(115, -1, 1, 2, 2), uniform(116, -1, 1, 2, 2)),
                firstAndSecond("slice axis 1", x -> x[0].slice(1, 1, 4).square(), uniform(117, -1, 1, 3, 5)),
                firstAndSecond("slice axis 0 of 3-D", x -> x[0].slice(0, 1, 2).square(), uniform(118, -1, 1, 3, 2, 2)),
                firstAndSecond("slices of one tensor multiplied", x -> x[0].slice(-1, 0, 2).mul(x[0].slice(-1, 2, 4)), uniform(119, -1, 1, 3, 4)),
                firstAndSecond("padSlice", x -> new PadSlice(new int[] {3, 5}, 1, 2).call(x[0]).square(), uniform(120, -1, 1, 3, 2)),
                firstAndSecond("indexSelect with repeats", x -> x[0].indexSelect(new int[] {2, 0, 2, 3}).square(), uniform(121, -1, 1, 4, 3)),
                firstAndSecond("indexSelect 3-D", x -> x[0].indexSelect(new int[] {1, 1, 0}).square(), uniform(122, -1, 1, 3, 2, 2)),
                firstAndSecond("indexSelect of a product", x -> x[0].mul(x[0].sum()).indexSelect(new int[] {0, 0, 1}), uniform(123, -1, 1, 3, 2)),
                firstAndSecond("indexAdd with repeats", x -> new IndexAdd(new int[] {1, 3, 1}, 4).call(x[0]).square(), uniform(124, -1, 1, 3, 2)),
                firstAndSecond("variance over axis 0 keepDims", x -> x[0].variance(true, 0), uniform(125, -1, 1, 4, 3)),
                firstAndSecond("variance over everything", x -> x[0].variance(false), uniform(126, -1, 1, 3, 4)),
                firstAndSecond("variance NCHW per channel, squared", x -> x[0].variance(false, 0, 2, 3).square(), uniform(127, -1, 1, 2, 3, 2, 2)),
                firstAndSecond("variance over last axis, negative", x -> x[0].variance(true, -1).mul(x[0]), uniform(128, -1, 1, 3, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchCentralDifferences(GradCheck.Case c) {
        GradCheck.check(c);
    }
}
