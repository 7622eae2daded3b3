package io.gan4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleTest {
    private static Sequential net(long seed) {
        Rng rng = new Rng(seed);
        return new Sequential(new Linear(3, 4, rng), new Lambda("Identity", x -> x), new Linear(4, 2, false, Init.glorotUniform(), Init.zeros(), rng));
    }

    @Test
    void stateDictNamesAreDottedAndOrdered() {
        Sequential net = net(1);
        assertThat(net.stateDict().keySet()).containsExactly("0.weight", "0.bias", "2.weight");
        assertThat(net.parameterCount()).isEqualTo(3 * 4 + 4 + 4 * 2);
    }

    @Test
    void loadingCopiesValuesIntoTheSameTensors() {
        Sequential a = net(1), b = net(2);
        Tensor before = b.namedParameters().get("0.weight").value();
        b.loadStateDict(a.stateDict());
        assertThat(b.namedParameters().get("0.weight").value()).isSameAs(before);
        Variable x = Variable.constant(Tensor.uniform(new Rng(3), -1, 1, 5, 3));
        assertThat(b.forward(x).value().data()).containsExactly(a.forward(x).value().data());
    }

    @Test
    void strictLoadingNamesEveryProblemAndLoadsNothing() {
        Sequential net = net(1);
        Tensor firstBefore = net.stateDict().get("0.weight").copy();
        Map<String, Tensor> state = new HashMap<>(net(2).stateDict());
        state.remove("0.bias");
        state.put("2.weight", Tensor.zeros(4, 2));
        state.put("3.weight", Tensor.zeros(1));

        assertThatThrownBy(() -> net.loadStateDict(state))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing '0.bias'")
                .hasMessageContaining("'2.weight' has shape [4, 2], the module expects [2, 4]")
                .hasMessageContaining("unexpected '3.weight'");
        assertThat(net.stateDict().get("0.weight").data()).containsExactly(firstBefore.data());
    }

    @Test
    void trainAndEvalReachEveryChild() {
        Sequential net = net(1);
        net.eval();
        assertThat(net.layers()).allMatch(m -> !m.isTraining());
        net.train(true);
        assertThat(net.layers()).allMatch(Module::isTraining);
    }

    @Test
    void toStringListsChildren() {
        assertThat(net(1).toString()).isEqualTo("""
                Sequential(
                  (0): Linear(3 → 4)
                  (1): Identity
                  (2): Linear(4 → 2, no bias)
                )""");
    }
}
