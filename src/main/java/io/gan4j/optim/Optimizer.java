package io.gan4j.optim;

import io.gan4j.autograd.GradMode;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates named parameters from their accumulated gradients. Per-parameter state is created
 * lazily and exported by name ({@code <slot>.<parameter name>}), so a checkpoint restores it.
 */
public abstract class Optimizer {
    private final Map<String, Variable> params;
    private final Map<String, Tensor> state = new LinkedHashMap<>();
    private float learningRate;
    private long steps;

    protected Optimizer(Map<String, Variable> params, float learningRate) {
        if (params.isEmpty()) throw new IllegalArgumentException(getClass().getSimpleName() + ": no parameters to optimize");
        Hyper.positive("lr", learningRate);
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.learningRate = learningRate;
    }

    /** Applies one update to every parameter that has a gradient. */
    public final void step() {
        steps++;
        try (GradMode.Scope ignored = GradMode.off()) {
            for (var e : params.entrySet()) {
                Tensor g = e.getValue().grad();
                if (g != null) update(e.getKey(), e.getValue().value(), g);
            }
        }
    }

    /** Updates one parameter in place from its gradient. */
    protected abstract void update(String name, Tensor param, Tensor grad);

    public final void zeroGrad() {
        params.values().forEach(Variable::zeroGrad);
    }

    /** The state tensor {@code slot} of a parameter, created as zeros on first use. */
    protected final Tensor slot(String slot, String param, Tensor like) {
        return state.computeIfAbsent(slot + "." + param, k -> Tensor.zeros(like.shape()));
    }

    /** Whether the state tensor {@code slot} of a parameter exists yet (created by a step or restored). */
    protected final boolean hasSlot(String slot, String param) {
        return state.containsKey(slot + "." + param);
    }

    public final List<Variable> parameters() {
        return List.copyOf(params.values());
    }

    public final Map<String, Variable> namedParameters() {
        return params;
    }

    public final float learningRate() {
        return learningRate;
    }

    /** Sets the learning rate (schedules call this before each step; a schedule may end at 0). */
    public final void setLearningRate(float lr) {
        Hyper.nonNegative("lr", lr);
        this.learningRate = lr;
    }

    /** Number of steps taken. */
    public final long steps() {
        return steps;
    }

    /** Slot tensors by name, the step count as "step" and the learning rate as "lr". */
    public final Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        state.forEach((k, t) -> out.put(k, t.copy()));
        out.put("step", Tensor.scalar(steps)); // exact up to 2^24 steps
        out.put("lr", Tensor.scalar(learningRate));
        return out;
    }

    /** Restores what {@link #stateDict()} exported; unknown or ill-shaped entries are rejected by name. */
    public final void loadStateDict(Map<String, Tensor> saved) {
        Tensor step = saved.get("step");
        if (step == null || step.size() != 1) throw new IllegalArgumentException("optimizer state: missing 'step'");
        Map<String, Tensor> restored = new LinkedHashMap<>();
        for (var e : saved.entrySet()) {
            String k = e.getKey();
            if (k.equals("step") || k.equals("lr")) continue;
            int dot = k.indexOf('.');
            Variable p = dot < 0 ? null : params.get(k.substring(dot + 1));
            if (p == null) throw new IllegalArgumentException("optimizer state: '" + k + "' names no parameter of this optimizer");
            if (!p.value().sameShape(e.getValue())) {
                throw new IllegalArgumentException("optimizer state: '" + k + "' has shape " + java.util.Arrays.toString(e.getValue().shape())
                        + ", the parameter has " + java.util.Arrays.toString(p.value().shape()));
            }
            restored.put(k, e.getValue().copy());
        }
        state.clear();
        state.putAll(restored);
        steps = (long) step.item();
        Tensor lr = saved.get("lr");
        if (lr != null) setLearningRate(lr.item());
    }
}
