package io.gan4j.io;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a loaded state dict (name to tensor) with what a module expects (name to shape) and
 * reports every difference at once: missing names, unexpected names, then shape mismatches, each
 * group in name order.
 */
public final class StateDicts {
    private StateDicts() {}

    /** Every difference, one sentence each; empty when the checkpoint fits. */
    public static List<String> problems(Map<String, Tensor> loaded, Map<String, int[]> expected) {
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(expected.keySet())) {
            if (!loaded.containsKey(name)) problems.add("'" + name + "' is missing from the checkpoint");
        }
        for (String name : new TreeSet<>(loaded.keySet())) {
            if (!expected.containsKey(name)) problems.add("'" + name + "' is not expected by the module");
        }
        for (String name : new TreeSet<>(expected.keySet())) {
            Tensor t = loaded.get(name);
            if (t != null && !Arrays.equals(t.shape(), expected.get(name))) {
                problems.add("'" + name + "' has shape " + Shape.str(t.shape()) + ", the module expects "
                        + Shape.str(expected.get(name)));
            }
        }
        return problems;
    }

    /**
     * Throws when the checkpoint does not fit, e.g. {@code checkpoint model.safetensors:
     * 'g.net.0.weight' has shape [128, 5], the module expects [128, 6]}; several problems are
     * joined with "; ".
     */
    public static void check(String source, Map<String, Tensor> loaded, Map<String, int[]> expected) throws CheckpointException {
        List<String> problems = problems(loaded, expected);
        if (!problems.isEmpty()) throw new CheckpointException(source, String.join("; ", problems));
    }
}
