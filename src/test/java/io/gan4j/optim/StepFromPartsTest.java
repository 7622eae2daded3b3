package io.gan4j.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.Parallel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An update from gradients given in parts (a batch's shards) equals setting their sum as the gradient and stepping. */
class StepFromPartsTest {
    private final int savedThreads = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(savedThreads);
    }

    /** A big weight (split over threads), a ragged one and a bias. */
    private static Map<String, Variable> params(long seed) {
        Map<String, Variable> p = new LinkedHashMap<>();
        p.put("w", Variable.param(Tensor.normal(new Rng(seed), 0f, 1f, 128, 128)));
        p.put("v", Variable.param(Tensor.normal(new Rng(seed + 1), 0f, 1f, 37, 3)));
        p.put("b", Variable.param(Tensor.normal(new Rng(seed + 2), 0f, 1f, 5)));
        return p;
    }

    private static Tensor[] part(Map<String, Variable> like, long seed) {
        Rng rng = new Rng(seed);
        return like.values().stream().map(v -> Tensor.normal(rng, 0f, 1f, v.value().shape())).toArray(Tensor[]::new);
    }

    @Test
    void equalsStepOnTheSummedGradientBitForBitOnAnyThreadCount() {
        for (int threads : new int[] {1, 2}) {
            Parallel.setThreads(threads);
            Map<String, Variable> byParts = params(1), bySum = params(1);
            Optimizer a = new Adam(byParts, Adam.DEFAULTS), b = new Adam(bySum, Adam.DEFAULTS);
            for (int step = 0; step < 3; step++) {
                Tensor[] p0 = part(byParts, 10 + step), p1 = part(byParts, 20 + step), p2 = part(byParts, 30 + step);
                a.step(List.of(p0, p1, p2));
                int i = 0;
                for (Variable v : bySum.values()) {
                    v.zeroGrad();
                    v.accumulateGrad(p0[i]);
                    v.accumulateGrad(p1[i]);
                    v.accumulateGrad(p2[i]);
                    i++;
                }
                b.step();
                for (String name : byParts.keySet()) {
                    assertThat(byParts.get(name).value().data()).as("%d threads, step %d, %s", threads, step, name)
                            .isEqualTo(bySum.get(name).value().data());
                    assertThat(byParts.get(name).grad().data()).as("%d threads, step %d, gradient of %s", threads, step, name)
                            .isEqualTo(bySum.get(name).grad().data());
                }
            }
        }
    }

    @Test
    void partsAreNotKeptSoTheirArraysCanBeReused() {
        Map<String, Variable> p = params(2);
        Optimizer opt = new Sgd(p, Sgd.DEFAULTS);
        Tensor[] part = part(p, 3);
        opt.step(List.<Tensor[]>of(part));
        float[] gradient = p.get("w").grad().data().clone();
        java.util.Arrays.fill(part[0].data(), 99f);
        assertThat(p.get("w").grad().data()).isEqualTo(gradient);
    }

    @Test
    void noPartsAPartThatIsAParameterGradientOrATwiceListedParameterIsRejected() {
        Map<String, Variable> p = params(7);
        Optimizer opt = new Sgd(p, Sgd.DEFAULTS);
        assertThatThrownBy(() -> opt.step(List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no gradient parts");
        opt.step(List.<Tensor[]>of(part(p, 8)));
        Tensor[] own = p.values().stream().map(Variable::grad).toArray(Tensor[]::new);
        assertThatThrownBy(() -> opt.step(List.of(part(p, 9), own)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradient 0 is its parameter's own gradient array");
        assertThat(opt.steps()).isEqualTo(1);

        Map<String, Variable> twice = new LinkedHashMap<>(params(10));
        twice.put("w again", twice.get("w"));
        Optimizer dup = new Sgd(twice, Sgd.DEFAULTS);
        assertThatThrownBy(() -> dup.step(List.<Tensor[]>of(part(twice, 11))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered under two names");
    }

    @Test
    void aPartOfTheWrongShapeIsRejectedBeforeAnythingChanges() {
        Map<String, Variable> p = params(4);
        Optimizer opt = new Sgd(p, Sgd.DEFAULTS);
        float[] before = p.get("v").value().data().clone();
        Tensor[] bad = part(p, 5);
        bad[1] = Tensor.zeros(3, 37);
        assertThatThrownBy(() -> opt.step(List.of(part(p, 6), bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradient 1 has shape [3, 37]");
        assertThat(p.get("v").value().data()).isEqualTo(before);
        assertThat(opt.steps()).isZero();
        assertThatThrownBy(() -> opt.step(List.<Tensor[]>of(new Tensor[] {Tensor.zeros(128, 128)})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 gradients for 3 parameters");
    }
}
