package io.gan4j.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Checks every optimizer goes through: given gradients, a quadratic, exact resume. */
final class OptimizerChecks {
    private OptimizerChecks() {}

    static Variable param(float... v) {
        return Variable.param(Tensor.of(v.clone(), v.length));
    }

    /** One step with the gradient of x set to exactly {@code g} (the gradient of sum(x·g)). */
    static void stepWithGradient(Optimizer opt, Variable x, float... g) {
        opt.zeroGrad();
        x.mul(Variable.constant(Tensor.of(g.clone(), g.length))).sum().backward();
        opt.step();
    }

    static void assertValues(Variable x, double... expected) {
        float[] actual = x.value().data();
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) actual[i]).as("element %d", i).isCloseTo(expected[i], within(1e-6));
        }
    }

    /** One step on sum((x − 3)²) over every parameter, gradients by autograd. */
    static void quadraticStep(Optimizer opt) {
        opt.zeroGrad();
        for (Variable x : opt.parameters()) x.sub(3f).square().sum().backward();
        opt.step();
    }

    /** Runs {@code steps} quadratic steps from a spread of starting points and checks x reaches 3. */
    static void assertMinimisesQuadratic(Function<Map<String, Variable>, Optimizer> make, int steps) {
        Variable x = param(-4f, 0f, 1f, 2.5f, 3f, 7f, 12f);
        Optimizer opt = make.apply(Map.of("x", x));
        for (int i = 0; i < steps; i++) quadraticStep(opt);
        for (float v : x.value().data()) assertThat(v).isCloseTo(3f, within(1e-3f));
    }

    /**
     * Five steps, export, import into a fresh optimizer over copies of the parameters, five more
     * steps on both: the parameters must agree bit for bit.
     */
    static void assertResumeIsExact(Function<Map<String, Variable>, Optimizer> make) {
        Rng rng = new Rng(7);
        Map<String, Variable> original = new LinkedHashMap<>();
        original.put("w", Variable.param(Tensor.normal(rng, 0f, 2f, 5, 7)));
        original.put("b", Variable.param(Tensor.normal(rng, 0f, 2f, 3)));
        Optimizer first = make.apply(original);
        for (int i = 0; i < 5; i++) quadraticStep(first);

        Map<String, Variable> copies = new LinkedHashMap<>();
        original.forEach((name, v) -> copies.put(name, Variable.param(v.value().copy())));
        Optimizer resumed = make.apply(copies);
        resumed.loadStateDict(first.stateDict());
        for (int i = 0; i < 5; i++) {
            quadraticStep(first);
            quadraticStep(resumed);
        }
        assertThat(resumed.steps()).isEqualTo(10);
        for (String name : original.keySet()) {
            assertThat(bits(copies.get(name).value().data())).as(name).containsExactly(bits(original.get(name).value().data()));
        }
    }

    static int[] bits(float[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Float.floatToRawIntBits(v[i]);
        return out;
    }

    /** Random values of the given length; positive ones if asked (for running means of squares). */
    static float[] random(Rng rng, int n, boolean positive) {
        float[] v = Tensor.normal(rng, 0f, 1f, n).data();
        if (positive) for (int i = 0; i < n; i++) v[i] = v[i] * v[i];
        return v;
    }

    /** Odd lengths shorter than, between and beyond vector widths, so both the lanes and the tail run. */
    static final int[] ODD_LENGTHS = {1, 7, 37, 101};
}
