package io.gan4j.autograd;

import static io.gan4j.autograd.GradCheck.awayFromZero;
import static io.gan4j.autograd.GradCheck.firstAndSecond;
import static io.gan4j.autograd.GradCheck.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Elementwise math ops through the gradient checker (first and second order), plus their edge values. */
class ElementwiseOpsGradTest {
    static Stream<GradCheck.Case> cases() {
        return Stream.of(
                firstAndSecond("exp", x -> x[0].exp(), uniform(101, -2, 2, 3, 5)),
                firstAndSecond("log", x -> x[0].log(), uniform(102, 0.3f, 3, 3, 5)),
                firstAndSecond("sqrt", x -> x[0].sqrt(), uniform(103, 0.3f, 3, 3, 5)),
                firstAndSecond("abs (away from 0)", x -> x[0].abs().mul(x[0]), awayFromZero(104, 3, 5)),
                firstAndSecond("pow 2", x -> x[0].pow(2f), uniform(105, -2, 2, 3, 5)),
                firstAndSecond("pow 3", x -> x[0].pow(3f), uniform(106, -2, 2, 3, 5)),
                firstAndSecond("pow 0.5", x -> x[0].pow(0.5f), uniform(107, 0.3f, 3, 3, 5)),
                firstAndSecond("pow -1", x -> x[0].pow(-1f), uniform(108, 0.5f, 2, 3, 5)),
                firstAndSecond("pow 1.5", x -> x[0].pow(1.5f), uniform(109, 0.3f, 3, 3, 5)),
                firstAndSecond("pow 1", x -> x[0].pow(1f).mul(x[0]), uniform(110, -2, 2, 3, 5)),
                firstAndSecond("pow 0", x -> x[0].pow(0f).add(x[0]), uniform(111, -2, 2, 3, 5)),
                firstAndSecond("clamp (away from bounds)", x -> x[0].clamp(-0.5f, 0.5f).mul(x[0]), clampInputs()),
                firstAndSecond("maximum", x -> x[0].maximum(x[1]), apart(112, 3, 4)),
                firstAndSecond("minimum", x -> x[0].minimum(x[1]), apart(113, 3, 4)),
                firstAndSecond("maximum squared", x -> x[0].maximum(x[1]).square(), apart(114, 3, 4)),
                firstAndSecond("maximum broadcast row", x -> x[0].maximum(x[1]).square(), apartRow(115)),
                firstAndSecond("minimum broadcast row", x -> x[0].minimum(x[1]).square(), apartRow(116)),
                firstAndSecond("log of exp", x -> x[0].exp().log().mul(x[0]), uniform(117, -2, 2, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchCentralDifferences(GradCheck.Case c) {
        GradCheck.check(c);
    }

    @Test
    void valuesAtEdges() {
        assertThat(values(v(0f, -0f, -1f).log())).containsExactly(Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN);
        assertThat(values(v(4f, -4f).sqrt())).containsExactly(2f, Float.NaN);
        assertThat(values(v(-8f, -2f, 0f, 9f).pow(0.5f))).containsExactly(Float.NaN, Float.NaN, 0f, 3f);
        assertThat(values(v(-2f, 3f).pow(3f))).containsExactly(-8f, 27f);
        assertThat(values(v(-2f, 0f).pow(-1f))).containsExactly(-0.5f, Float.POSITIVE_INFINITY);
        assertThat(values(v(Float.NaN, 5f).pow(0f))).containsExactly(1f, 1f);
        assertThat(values(v(-3f, -0.5f, 0f, 0.5f, 3f).clamp(-1f, 1f))).containsExactly(-1f, -0.5f, 0f, 0.5f, 1f);
        assertThat(values(v(-3f, 0f, 2f).abs())).containsExactly(3f, 0f, 2f);
    }

    @Test
    void powTwoMatchesStrictMathBits() {
        float[] x = uniform(118, -1e20f, 1e20f, 1000).data();
        float[] y = values(Variable.constant(Tensor.of(x, x.length)).pow(2f));
        for (int i = 0; i < x.length; i++) assertThat(y[i]).isEqualTo((float) StrictMath.pow(x[i], 2));
    }

    @Test
    void gradientsAtKinksAreTheDocumentedOnes() {
        Variable x = Variable.param(Tensor.of(new float[] {0f, -1f, 1f}, 3));
        x.abs().sum().backward();
        assertThat(x.grad().data()).containsExactly(0f, -1f, 1f);

        Variable c = Variable.param(Tensor.of(new float[] {-2f, -1f, 0f, 1f, 2f}, 5));
        c.clamp(-1f, 1f).sum().backward();
        assertThat(c.grad().data()).containsExactly(0f, 1f, 1f, 1f, 0f);
    }

    @Test
    void tiesSplitTheGradientOfMaximumAndMinimum() {
        Variable a = Variable.param(Tensor.of(new float[] {1f, 2f, 3f}, 3));
        Variable b = Variable.param(Tensor.of(new float[] {2f, 2f, 2f}, 3));
        a.maximum(b).sum().backward();
        assertThat(a.grad().data()).containsExactly(0f, 0.5f, 1f);
        assertThat(b.grad().data()).containsExactly(1f, 0.5f, 0f);
        a.zeroGrad();
        b.zeroGrad();
        a.minimum(b).sum().backward();
        assertThat(a.grad().data()).containsExactly(1f, 0.5f, 0f);
        assertThat(b.grad().data()).containsExactly(0f, 0.5f, 1f);
    }

    @Test
    void maximumBroadcastsAndSumsGradientBack() {
        Variable a = Variable.param(Tensor.of(new float[][] {{1f, 5f}, {3f, 0f}}));
        Variable b = Variable.param(Tensor.of(new float[] {2f, 2f}, 2));
        Variable m = a.maximum(b);
        assertThat(values(m)).containsExactly(2f, 5f, 3f, 2f);
        m.sum().backward();
        assertThat(a.grad().data()).containsExactly(0f, 1f, 1f, 0f);
        assertThat(b.grad().data()).containsExactly(1f, 1f);
    }

    @Test
    void comparisonsGiveConstantMasksWithBroadcasting() {
        Variable a = Variable.param(Tensor.of(new float[][] {{1f, 2f, 3f}, {3f, 2f, 1f}}));
        Variable row = Variable.constant(Tensor.of(new float[] {2f, 2f, 2f}, 3));
        assertThat(values(a.gt(row))).containsExactly(0f, 0f, 1f, 1f, 0f, 0f);
        assertThat(values(a.lt(row))).containsExactly(1f, 0f, 0f, 0f, 0f, 1f);
        assertThat(values(a.ge(2f))).containsExactly(0f, 1f, 1f, 1f, 1f, 0f);
        assertThat(values(a.le(2f))).containsExactly(1f, 1f, 0f, 0f, 1f, 1f);
        assertThat(values(a.eq(row))).containsExactly(0f, 1f, 0f, 0f, 1f, 0f);
        assertThat(a.gt(0f).requiresGrad()).isFalse();
        assertThat(a.gt(row).shape()).containsExactly(2, 3);
        assertThat(values(v(Float.NaN).eq(Float.NaN))).containsExactly(0f);
        Variable column = Variable.constant(Tensor.of(new float[] {2f, 2f}, 2, 1));
        assertThat(values(row.gt(column.sub(1f)))).containsExactly(1f, 1f, 1f, 1f, 1f, 1f);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> v(1f).clamp(1f, 0f)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clamp");
        Variable a = Variable.constant(Tensor.zeros(2, 3));
        assertThatThrownBy(() -> a.maximum(Variable.constant(Tensor.zeros(2)))).isInstanceOf(ShapeException.class)
                .hasMessageContaining("maximum");
        assertThatThrownBy(() -> a.gt(Variable.constant(Tensor.zeros(4)))).isInstanceOf(ShapeException.class)
                .hasMessageContaining("gt");
    }

    /** Inputs at least 0.1 away from the clamp bounds -0.5 and 0.5. */
    private static Tensor clampInputs() {
        return Tensor.of(new float[] {-1.2f, -0.8f, -0.3f, -0.1f, 0.2f, 0.35f, 0.7f, 1.4f}, 8);
    }

    /** Two tensors whose elements differ by at least 0.2 everywhere (no ties near the kink). */
    private static Tensor[] apart(long seed, int... shape) {
        Tensor b = uniform(seed, -1, 1, shape);
        return new Tensor[] {plus(b, awayFromZero(seed + 10, shape)), b};
    }

    /** A [3, 4] tensor and a [4] row, at least 0.2 apart after broadcasting. */
    private static Tensor[] apartRow(long seed) {
        Tensor row = uniform(seed, -1, 1, 4);
        Tensor a = awayFromZero(seed + 10, 3, 4);
        float[] d = a.data();
        for (int i = 0; i < d.length; i++) d[i] += row.data()[i % 4];
        return new Tensor[] {a, row};
    }

    private static Tensor plus(Tensor a, Tensor b) {
        float[] r = a.data().clone();
        for (int i = 0; i < r.length; i++) r[i] += b.data()[i];
        return Tensor.of(r, a.shape());
    }

    private static Variable v(float... x) {
        return Variable.constant(Tensor.of(x, x.length));
    }

    private static float[] values(Variable v) {
        return v.value().data();
    }
}
