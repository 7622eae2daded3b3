package io.gan4j.autograd;

import static io.gan4j.autograd.GradCheck.awayFromZero;
import static io.gan4j.autograd.GradCheck.firstAndSecond;
import static io.gan4j.autograd.GradCheck.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Tensor;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Activations through the gradient checker (first and second order), closed-form derivatives and tail values. */
class ActivationOpsGradTest {
    static Stream<GradCheck.Case> cases() {
        return Stream.of(
                firstAndSecond("relu (away from 0)", x -> x[0].relu(), awayFromZero(201, 3, 5)),
                firstAndSecond("relu squared", x -> x[0].relu().square(), awayFromZero(202, 3, 5)),
                firstAndSecond("leakyRelu 0.2", x -> x[0].leakyRelu(0.2f), awayFromZero(203, 3, 5)),
                firstAndSecond("leakyRelu 0.01 times x", x -> x[0].leakyRelu(0.01f).mul(x[0]), awayFromZero(204, 3, 5)),
                firstAndSecond("tanh", x -> x[0].tanh(), uniform(205, -3, 3, 3, 5)),
                firstAndSecond("sigmoid", x -> x[0].sigmoid(), uniform(206, -4, 4, 3, 5)),
                firstAndSecond("softplus", x -> x[0].softplus(), uniform(207, -4, 4, 3, 5)),
                firstAndSecond("logSigmoid", x -> x[0].logSigmoid(), uniform(208, -4, 4, 3, 5)),
                firstAndSecond("mlp-like tanh(relu(x) w)", x -> x[0].relu().matmul(x[1]).tanh(),
                        awayFromZero(209, 2, 3), uniform(210, -1, 1, 3, 2)),
                firstAndSecond("sigmoid of leakyRelu", x -> x[0].leakyRelu(0.2f).sigmoid().mul(x[0]), awayFromZero(211, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchCentralDifferences(GradCheck.Case c) {
        GradCheck.check(c);
    }

    private static final float[] XS = {-30f, -6f, -2.5f, -1f, -0.3f, -1e-4f, 0f, 1e-4f, 0.3f, 1f, 2.5f, 6f, 30f};

    @Test
    void sigmoidDerivativeIsSTimesOneMinusS() {
        float[] g = gradient(Variable::sigmoid);
        for (int i = 0; i < XS.length; i++) {
            double s = 1 / (1 + StrictMath.exp(-XS[i]));
            assertThat((double) g[i]).as("x=%s", XS[i]).isCloseTo(s * (1 - s), within(1e-6 + 1e-5 * s * (1 - s)));
        }
    }

    @Test
    void tanhDerivativeIsOneMinusTanhSquared() {
        float[] g = gradient(Variable::tanh);
        for (int i = 0; i < XS.length; i++) {
            double t = StrictMath.tanh(XS[i]);
            assertThat((double) g[i]).as("x=%s", XS[i]).isCloseTo(1 - t * t, within(1e-6));
        }
    }

    @Test
    void softplusDerivativeIsSigmoidAndLogSigmoidDerivativeIsSigmoidOfMinusX() {
        float[] gs = gradient(Variable::softplus);
        float[] gl = gradient(Variable::logSigmoid);
        float[] s = constant(XS).sigmoid().value().data();
        float[] sNeg = constant(XS).neg().sigmoid().value().data();
        assertThat(gs).containsExactly(s);
        assertThat(gl).containsExactly(sNeg);
    }

    @Test
    void logSigmoidIsMinusSoftplusOfMinusX() {
        float[] xs = uniform(212, -50, 50, 1000).data();
        float[] a = constant(xs).logSigmoid().value().data();
        float[] b = constant(xs).neg().softplus().neg().value().data();
        for (int i = 0; i < xs.length; i++) assertThat(a[i]).as("x=%s", xs[i]).isCloseTo(b[i], within(0f));
    }

    @Test
    void tailsAreFiniteAndRight() {
        float[] x = {-100f, 100f, -1000f, 1000f};
        float[] sig = constant(x).sigmoid().value().data();
        float[] sp = constant(x).softplus().value().data();
        float[] ls = constant(x).logSigmoid().value().data();
        float[] th = constant(x).tanh().value().data();
        assertThat(sig).doesNotContain(Float.NaN);
        assertThat(sig[0]).isGreaterThanOrEqualTo(0f).isLessThan(1e-40f);
        assertThat(sig[1]).isEqualTo(1f);
        assertThat(sig[2]).isEqualTo(0f);
        assertThat(sp).containsExactly((float) StrictMath.exp(-100), 100f, 0f, 1000f);
        assertThat(ls[0]).isEqualTo(-100f);
        assertThat(ls[2]).isEqualTo(-1000f);
        assertThat(ls[1]).isCloseTo(0f, within(1e-40f));
        assertThat(th).containsExactly(-1f, 1f, -1f, 1f);
        for (UnaryOperator<Variable> f : java.util.List.<UnaryOperator<Variable>>of(
                Variable::sigmoid, Variable::softplus, Variable::logSigmoid, Variable::tanh)) {
            assertThat(gradientAt(f, x)).doesNotContain(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
        }
        assertThat(gradientAt(Variable::logSigmoid, x)).containsExactly(sig[1], sig[0], sig[3], sig[2]);
        assertThat(gradientAt(Variable::softplus, x)).containsExactly(sig);
    }

    @Test
    void reluAndLeakyReluValuesAndGradients() {
        float[] x = {-2f, -0f, 0f, 0.5f, 3f};
        assertThat(constant(x).relu().value().data()).containsExactly(0f, 0f, 0f, 0.5f, 3f);
        assertThat(constant(x).leakyRelu(0.2f).value().data()).containsExactly(-0.4f, -0f, 0f, 0.5f, 3f);
        assertThat(gradientAt(Variable::relu, x)).containsExactly(0f, 0f, 0f, 1f, 1f);
        assertThat(gradientAt(v -> v.leakyRelu(0.2f), x)).containsExactly(0.2f, 0.2f, 0.2f, 1f, 1f);
        assertThat(constant(new float[] {Float.NaN}).relu().value().data()[0]).isNaN();
    }

    @Test
    void reluGradientIsDifferentiableAgainWithZeroSecondDerivative() {
        Variable x = Variable.param(Tensor.of(new float[] {-1f, 2f}, 2));
        Variable w = Variable.param(Tensor.of(new float[] {3f, 4f}, 2));
        Variable gx = Autograd.grad(x.relu().mul(w).sum(), x, true);
        assertThat(gx.value().data()).containsExactly(0f, 4f);
        Variable[] second = Autograd.grad(new Variable[] {gx.sum()}, null, new Variable[] {x, w}, false);
        assertThat(second[0].value().data()).containsExactly(0f, 0f);
        assertThat(second[1].value().data()).containsExactly(0f, 1f);
    }

    private static Variable constant(float[] x) {
        return Variable.constant(Tensor.of(x.clone(), x.length));
    }

    private static float[] gradient(UnaryOperator<Variable> f) {
        return gradientAt(f, XS);
    }

    private static float[] gradientAt(UnaryOperator<Variable> f, float[] at) {
        Variable x = Variable.param(Tensor.of(at.clone(), at.length));
        f.apply(x).sum().backward();
        return x.grad().data();
    }
}
