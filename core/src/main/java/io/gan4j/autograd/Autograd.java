package io.gan4j.autograd;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverse-mode differentiation over the graph that ops recorded while running forward.
 *
 * <p>Only nodes on a path from an output to a wanted input are visited, and an op is asked
 * only for the input gradients that lead somewhere. Without {@code createGraph} the rules run
 * with recording off, so the gradients are plain values; with it they are recorded and can be
 * differentiated again.
 */
public final class Autograd {
    private Autograd() {}

    /**
     * Gradients of {@code sum(outputs[i] * gradOutputs[i])} with respect to each of
     * {@code inputs}, touching no tensor's accumulated gradient. An input the outputs do not
     * depend on gets zeros.
     */
    public static Variable[] grad(Variable[] outputs, Variable[] gradOutputs, Variable[] inputs, boolean createGraph) {
        Set<Variable> wanted = identitySet(List.of(inputs));
        Map<Variable, Variable> grads = run(outputs, gradOutputs, wanted, createGraph);
        Variable[] result = new Variable[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Variable g = grads.get(inputs[i]);
            result[i] = g != null ? g : Variable.constant(Tensor.zeros(inputs[i].value().shape()));
        }
        return result;
    }

    /** Gradient of a scalar output with respect to one input. */
    public static Variable grad(Variable output, Variable input, boolean createGraph) {
        return grad(new Variable[] {output}, null, new Variable[] {input}, createGraph)[0];
    }

    /**
     * Accumulates d(output)/d(leaf) into {@link Variable#grad()} of the given leaves, or of every
     * leaf that requires a gradient when {@code leaves} is null.
     */
    public static void backward(Variable output, Collection<Variable> leaves) {
        if (output.value().size() != 1) {
            throw new ShapeException("backward: output of shape " + java.util.Arrays.toString(output.value().shape())
                    + " is not a scalar; use grad(outputs, gradOutputs, ...)");
        }
        Set<Variable> wanted = leaves == null ? null : identitySet(leaves);
        Map<Variable, Variable> grads = run(new Variable[] {output}, null, wanted, false);
        for (Map.Entry<Variable, Variable> e : grads.entrySet()) {
            Variable v = e.getKey();
            if (v.isLeaf() && (wanted == null || wanted.contains(v))) v.accumulateGrad(e.getValue().value());
        }
    }

    private static Map<Variable, Variable> run(Variable[] outputs, Variable[] gradOutputs, Set<Variable> wanted, boolean createGraph) {
        List<Variable> order = topologicalOrder(outputs);
        Set<Variable> useful = leadsToWanted(order, wanted);
        Map<Variable, Variable> grads = new IdentityHashMap<>();
        Map<Variable, Variable> results = new IdentityHashMap<>();
        try (GradMode.Scope ignored = createGraph ? GradMode.on() : GradMode.off()) {
            for (int i = 0; i < outputs.length; i++) {
                Variable seed = gradOutputs != null && gradOutputs[i] != null ? gradOutputs[i]
                        : Variable.constant(Tensor.ones(outputs[i].value().shape()));
                accumulate(grads, outputs[i], seed);
            }
            for (int i = order.size() - 1; i >= 0; i--) {
                Variable v = order.get(i);
                Variable gy = grads.remove(v);
                if (gy == null || !useful.contains(v)) continue;
                if (wanted == null ? v.isLeaf() : wanted.contains(v)) results.put(v, gy);
                if (v.creator() != null) propagate(v.creator(), gy, useful, grads);
            }
        }
        return results;
    }

    private static void propagate(Function fn, Variable gy, Set<Variable> useful, Map<Variable, Variable> grads) {
        Variable[] in = fn.inputs();
        boolean[] needs = new boolean[in.length];
        for (int j = 0; j < in.length; j++) needs[j] = useful.contains(in[j]);
        Variable[] gx = fn.backward(gy, needs);
        for (int j = 0; j < in.length; j++) {
            if (!needs[j]) continue;
            if (!gx[j].value().sameShape(in[j].value())) {
                throw new IllegalStateException(fn.name() + ".backward gave a gradient of shape "
                        + java.util.Arrays.toString(gx[j].value().shape()) + " for input " + j + " of shape "
                        + java.util.Arrays.toString(in[j].value().shape()));
            }
            accumulate(grads, in[j], gx[j]);
        }
    }

    private static void accumulate(Map<Variable, Variable> grads, Variable v, Variable g) {
        grads.merge(v, g, Variable::add);
    }

    /** Variables reachable from the outputs through recorded ops, each after all of its inputs. */
    private static List<Variable> topologicalOrder(Variable[] outputs) {
        List<Variable> order = new ArrayList<>();
        Set<Variable> visited = identitySet(List.of());
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        for (Variable out : outputs) {
            if (!out.requiresGrad() || !visited.add(out)) continue;
            stack.push(new Object[] {out, 0});
            while (!stack.isEmpty()) {
                Object[] frame = stack.peek();
                Variable v = (Variable) frame[0];
                int next = (Integer) frame[1];
                Variable[] in = v.creator() == null ? new Variable[0] : v.creator().inputs();
                if (next < in.length) {
                    frame[1] = next + 1;
                    Variable child = in[next];
                    if (child.requiresGrad() && visited.add(child)) stack.push(new Object[] {child, 0});
                } else {
                    stack.pop();
                    order.add(v);
                }
            }
        }
        return order;
    }

    /** The variables in {@code order} from which a wanted variable can be reached (all, if wanted is null). */
    private static Set<Variable> leadsToWanted(List<Variable> order, Set<Variable> wanted) {
        Set<Variable> useful = identitySet(List.of());
        for (Variable v : order) {
            boolean leads = wanted == null ? v.requiresGrad() : wanted.contains(v);
            if (!leads && v.creator() != null) {
                for (Variable in : v.creator().inputs()) {
                    if (useful.contains(in)) {
                        leads = true;
                        break;
                    }
                }
            }
            if (leads) useful.add(v);
        }
        return useful;
    }

    private static Set<Variable> identitySet(Collection<Variable> items) {
        Set<Variable> s = Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(items);
        return s;
    }
}
