package io.gan4j.nn;

import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A network piece: named parameters, named buffers (state that is not learned, such as
 * BatchNorm's running statistics), child modules, and a forward function. Dotted names
 * ({@code net.0.weight}) are the keys of the state dict and of checkpoints.
 */
public abstract class Module {
    private final Map<String, Variable> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    public abstract Variable forward(Variable x);

    protected final Variable addParameter(String name, Tensor initial) {
        requireFreeName(name);
        Variable p = Variable.param(initial);
        parameters.put(name, p);
        return p;
    }

    /**
     * Registers an existing leaf under a new name, so a wrapper (e.g. {@link SpectralNorm}) owns
     * the parameters of a layer it reparametrises without a separate copy.
     */
    protected final Variable addParameter(String name, Variable existing) {
        if (!existing.isLeaf() || !existing.requiresGrad()) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a leaf that requires a gradient");
        }
        requireFreeName(name);
        parameters.put(name, existing);
        return existing;
    }

    protected final Tensor addBuffer(String name, Tensor initial) {
        requireFreeName(name);
        buffers.put(name, initial);
        return initial;
    }

    protected final <M extends Module> M addModule(String name, M child) {
        requireFreeName(name);
        children.put(name, child);
        return child;
    }

    private void requireFreeName(String name) {
        if (name.isEmpty() || name.contains(".")) throw new IllegalArgumentException("bad member name '" + name + "'");
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " already has a member named '" + name + "'");
        }
    }

    /** Every parameter of this module and its children, by dotted name, in registration order. */
    public final Map<String, Variable> namedParameters() {
        Map<String, Variable> all = new LinkedHashMap<>();
        collectParameters("", all);
        return Collections.unmodifiableMap(all);
    }

    private void collectParameters(String prefix, Map<String, Variable> into) {
        parameters.forEach((n, p) -> into.put(prefix + n, p));
        children.forEach((n, c) -> c.collectParameters(prefix + n + ".", into));
    }

    public final List<Variable> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** Every buffer of this module and its children, by dotted name. */
    public final Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> all = new LinkedHashMap<>();
        collectBuffers("", all);
        return Collections.unmodifiableMap(all);
    }

    private void collectBuffers(String prefix, Map<String, Tensor> into) {
        buffers.forEach((n, b) -> into.put(prefix + n, b));
        children.forEach((n, c) -> c.collectBuffers(prefix + n + ".", into));
    }

    /** Parameter values and buffers by dotted name (the tensors themselves, not copies). */
    public final Map<String, Tensor> stateDict() {
        Map<String, Tensor> state = new LinkedHashMap<>();
        namedParameters().forEach((n, p) -> state.put(n, p.value()));
        state.putAll(namedBuffers());
        return state;
    }

    /**
     * Copies values into this module's parameters and buffers. Strict: every key must be
     * present with the right shape and no key may be unknown; on any mismatch nothing is
     * loaded and the message lists every problem.
     */
    public final void loadStateDict(Map<String, Tensor> state) {
        checkStateDict(state);
        stateDict().forEach((k, t) -> t.copyFrom(state.get(k)));
    }

    /** Checks {@code state} as {@link #loadStateDict} would, without loading it. */
    public final void checkStateDict(Map<String, Tensor> state) {
        Map<String, Tensor> own = stateDict();
        List<String> problems = new ArrayList<>();
        for (var e : own.entrySet()) {
            Tensor given = state.get(e.getKey());
            if (given == null) {
                problems.add("missing '" + e.getKey() + "'");
            } else if (!given.sameShape(e.getValue())) {
                problems.add("'" + e.getKey() + "' has shape " + Shape.str(given.shape()) + ", the module expects "
                        + Shape.str(e.getValue().shape()));
            }
        }
        for (String k : new TreeSet<>(state.keySet())) if (!own.containsKey(k)) problems.add("unexpected '" + k + "'");
        if (!problems.isEmpty()) throw new IllegalArgumentException("state does not fit " + getClass().getSimpleName() + ": " + String.join("; ", problems));
    }

    /** Training mode (BatchNorm uses batch statistics, Dropout drops), recursively. */
    public final Module train(boolean on) {
        training = on;
        children.values().forEach(c -> c.train(on));
        return this;
    }

    public final Module eval() {
        return train(false);
    }

    public final boolean isTraining() {
        return training;
    }

    public final void zeroGrad() {
        parameters().forEach(Variable::zeroGrad);
    }

    protected final Map<String, Module> children() {
        return Collections.unmodifiableMap(children);
    }

    /**
     * How a forward pass in the current mode uses its batch, the strictest of this module's own
     * ({@link #ownBatching()}) and its children's. The trainer reads it to decide how to parallelise.
     */
    public final Batching batching() {
        Batching b = ownBatching();
        for (Module c : children.values()) {
            Batching child = c.batching();
            if (child.compareTo(b) > 0) b = child;
        }
        return b;
    }

    /** Overridden by layers that use batch statistics or change state in a forward pass. */
    protected Batching ownBatching() {
        return Batching.PER_EXAMPLE;
    }

    /** Number of learned values. */
    public final long parameterCount() {
        long n = 0;
        for (Variable p : parameters()) n += p.value().size();
        return n;
    }

    /** One line describing this module's settings; containers override {@link #toString}. */
    protected String describe() {
        return getClass().getSimpleName() + "()";
    }

    @Override
    public String toString() {
        if (children.isEmpty()) return describe();
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append("(\n");
        children.forEach((n, c) -> sb.append("  (").append(n).append("): ").append(c.toString().replace("\n", "\n  ")).append('\n'));
        return sb.append(')').toString();
    }
}
