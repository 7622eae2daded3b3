package io.gan4j.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.function.Function;

/**
 * Checks an op's analytic gradients against central differences, first order and second
 * order (the gradient of a gradient, as WGAN-GP needs), like PyTorch's gradcheck and
 * gradgradcheck. Non-scalar outputs are projected on a fixed random tensor so every output
 * element is covered.
 *
 * <p>Tolerances are for float32: |analytic - numeric| <= atol + rtol * |numeric|, with a step
 * of {@code eps} relative to max(1, |x|).
 */
public final class GradCheck {
    public static final double EPS = 1e-2;
    public static final double ATOL = 2e-3;
    public static final double RTOL = 2e-2;

    private GradCheck() {}

    /** A row of the table: a name, the function, and how to draw its inputs. */
    public record Case(String name, Function<Variable[], Variable> f, Tensor[] inputs, boolean secondOrder) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static Case firstAndSecond(String name, Function<Variable[], Variable> f, Tensor... inputs) {
        return new Case(name, f, inputs, true);
    }

    public static Case firstOnly(String name, Function<Variable[], Variable> f, Tensor... inputs) {
        return new Case(name, f, inputs, false);
    }

    public static void check(Case c) {
        firstOrder(c.name(), c.f(), c.inputs());
        if (c.secondOrder()) secondOrder(c.name(), c.f(), c.inputs());
    }

    /** Analytic first derivatives of sum(f(x) * R) against central differences. */
    public static void firstOrder(String name, Function<Variable[], Variable> f, Tensor... inputs) {
        Tensor projection = projectionFor(f, inputs);
        Function<Variable[], Variable> scalar = xs -> project(f.apply(xs), projection);
        compare(name + " (first order)", scalar, inputs);
    }

    /**
     * Second derivatives: g(x) = sum_i sum(dL/dx_i * S_i), where L = sum(f(x) * R), computed
     * with createGraph; g's analytic gradient is compared with central differences of g.
     */
    public static void secondOrder(String name, Function<Variable[], Variable> f, Tensor... inputs) {
        Tensor projection = projectionFor(f, inputs);
        Rng rng = new Rng(77);
        Tensor[] directions = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) directions[i] = Tensor.uniform(rng, -1f, 1f, inputs[i].shape());
        Function<Variable[], Variable> g = xs -> {
            Variable loss = project(f.apply(xs), projection);
            Variable[] grads = Autograd.grad(new Variable[] {loss}, null, xs, true);
            Variable total = Variable.scalar(0f);
            for (int i = 0; i < grads.length; i++) {
                total = total.add(grads[i].mul(Variable.constant(directions[i])).sum());
            }
            return total;
        };
        compare(name + " (second order)", g, inputs);
    }

    private static Tensor projectionFor(Function<Variable[], Variable> f, Tensor[] inputs) {
        Variable[] xs = constants(inputs);
        int[] shape = f.apply(xs).shape();
        return Tensor.uniform(new Rng(42), 0.5f, 1.5f, shape);
    }

    private static Variable project(Variable out, Tensor projection) {
        return out.mul(Variable.constant(projection)).sum();
    }

    private static void compare(String what, Function<Variable[], Variable> scalar, Tensor[] inputs) {
        Variable[] xs = params(inputs);
        Variable out = scalar.apply(xs);
        Variable[] analytic = Autograd.grad(new Variable[] {out}, null, xs, false);
        for (int i = 0; i < inputs.length; i++) {
            float[] x = inputs[i].data();
            float[] a = analytic[i].value().data();
            for (int j = 0; j < x.length; j++) {
                float saved = x[j];
                double h = EPS * Math.max(1.0, Math.abs(saved));
                x[j] = (float) (saved + h);
                double up = evaluate(scalar, inputs);
                x[j] = (float) (saved - h);
                double down = evaluate(scalar, inputs);
                x[j] = saved;
                double numeric = (up - down) / (2 * h);
                assertThat(Math.abs(a[j] - numeric))
                        .as("%s: d/d input %d element %d: analytic %s vs numeric %s", what, i, j, a[j], numeric)
                        .isLessThanOrEqualTo(ATOL + RTOL * Math.abs(numeric));
            }
        }
    }

    /** Evaluates with live parameters: a second-order check differentiates inside the function. */
    private static double evaluate(Function<Variable[], Variable> scalar, Tensor[] inputs) {
        return scalar.apply(params(inputs)).item();
    }

    private static Variable[] params(Tensor[] inputs) {
        Variable[] v = new Variable[inputs.length];
        for (int i = 0; i < inputs.length; i++) v[i] = Variable.param(inputs[i]);
        return v;
    }

    private static Variable[] constants(Tensor[] inputs) {
        Variable[] v = new Variable[inputs.length];
        for (int i = 0; i < inputs.length; i++) v[i] = Variable.constant(inputs[i]);
        return v;
    }

    /** Uniform draws in [lo, hi) of the given shape, from a fixed seed per call site. */
    public static Tensor uniform(long seed, float lo, float hi, int... shape) {
        return Tensor.uniform(new Rng(seed), lo, hi, shape);
    }

    /** Draws bounded away from zero (|x| in [0.2, 1.5)), for ops with a kink at zero. */
    public static Tensor awayFromZero(long seed, int... shape) {
        Tensor t = Tensor.uniform(new Rng(seed), 0.2f, 1.5f, shape);
        Rng signs = new Rng(seed + 1);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) if (signs.nextFloat() < 0.5f) d[i] = -d[i];
        return t;
    }
}
