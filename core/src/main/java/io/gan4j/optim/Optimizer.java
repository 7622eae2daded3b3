package io.gan4j.optim;

import io.gan4j.autograd.GradMode;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Engine;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Updates named parameters from their accumulated gradients. Per-parameter state is created
 * lazily and exported by name ({@code <slot>.<parameter name>}), so a checkpoint restores it.
 */
public abstract class Optimizer {
    /** Below this many elements per thread, handing work to another thread costs more than it saves. */
    private static final int MIN_PER_CHUNK = 4096;

    private final Map<String, Variable> params;
    private final List<Variable> parameterList;
    private final Map<String, Tensor> state = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> stateKeys = new HashMap<>();
    private float learningRate;
    private long steps;

    protected Optimizer(Map<String, Variable> params, float learningRate) {
        if (params.isEmpty()) throw new IllegalArgumentException(getClass().getSimpleName() + ": no parameters to optimize");
        Hyper.positive("lr", learningRate);
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.parameterList = List.copyOf(params.values());
        this.learningRate = learningRate;
    }

    /**
     * Applies one update to every parameter that has a gradient, all parameters as one job split over the
     * engine's threads (each element's update depends on that element only, so the split changes no bit).
     */
    public final void step() {
        steps++;
        List<ElementUpdate> updates = new ArrayList<>(params.size());
        List<Tensor> gradients = new ArrayList<>(params.size());
        try (GradMode.Scope ignored = GradMode.off()) {
            for (var e : params.entrySet()) {
                Tensor g = e.getValue().grad();
                if (g == null) continue;
                updates.add(update(e.getKey(), e.getValue().value(), g));
                gradients.add(g);
            }
        }
        int[] sizes = gradients.stream().mapToInt(Tensor::size).toArray();
        Engine.forEachRange(sizes, MIN_PER_CHUNK, (i, from, to) -> updates.get(i).apply(from, to));
    }

    /** One parameter's update of its elements [from, to), in place. */
    @FunctionalInterface
    protected interface ElementUpdate {
        void apply(int from, int to);
    }

    /**
     * The update of one parameter from its gradient, to be applied to ranges of its elements (possibly on
     * other threads). Called on the stepping thread, so it may create state ({@link #slot}).
     */
    protected abstract ElementUpdate update(String name, Tensor param, Tensor grad);

    public final void zeroGrad() {
        params.values().forEach(Variable::zeroGrad);
    }

    /** The state tensor {@code slot} of a parameter, created as zeros on first use. */
    protected final Tensor slot(String slot, String param, Tensor like) {
        return state.computeIfAbsent(stateKey(slot, param), k -> Tensor.zeros(like.shape()));
    }

    /** Whether the state tensor {@code slot} of a parameter exists yet (created by a step or restored). */
    protected final boolean hasSlot(String slot, String param) {
        return state.containsKey(stateKey(slot, param));
    }

    /** {@code <slot>.<parameter name>}, built once per pair rather than on every step. */
    private String stateKey(String slot, String param) {
        return stateKeys.computeIfAbsent(slot, k -> new HashMap<>()).computeIfAbsent(param, p -> slot + "." + p);
    }

    public final List<Variable> parameters() {
        return parameterList;
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
        // Two floats, each an exact 24-bit half, so counts up to 2^48 survive a float32 file.
        out.put("step", Tensor.of(new float[] {steps >>> 24, steps & 0xFFFFFF}, 2));
        out.put("lr", Tensor.scalar(learningRate));
        return out;
    }

    /** Restores what {@link #stateDict()} exported; unknown or ill-shaped entries are rejected by name. */
    public final void loadStateDict(Map<String, Tensor> saved) {
        Map<String, Tensor> restored = checkStateDict(saved);
        state.clear();
        state.putAll(restored);
        steps = stepCount(saved.get("step"));
        Tensor lr = saved.get("lr");
        if (lr != null) setLearningRate(lr.item());
    }

    /**
     * Checks saved state against this optimizer without loading it: a step count, and slots this
     * kind of optimizer keeps, each for one of its parameters with that parameter's shape.
     * Returns copies of the slots; throws naming the first problem.
     */
    public final Map<String, Tensor> checkStateDict(Map<String, Tensor> saved) {
        Tensor step = saved.get("step");
        if (step == null || step.size() < 1 || step.size() > 2) throw new IllegalArgumentException("optimizer state: missing 'step'");
        Map<String, Tensor> restored = new LinkedHashMap<>();
        for (var e : saved.entrySet()) {
            String k = e.getKey();
            if (k.equals("step") || k.equals("lr")) continue;
            int dot = k.indexOf('.');
            if (dot < 0 || !slotNames().contains(k.substring(0, dot))) {
                throw new IllegalArgumentException("optimizer state: '" + k + "' is not a slot of " + getClass().getSimpleName()
                        + " (its slots: " + String.join(", ", new TreeSet<>(slotNames())) + ")");
            }
            Variable p = params.get(k.substring(dot + 1));
            if (p == null) throw new IllegalArgumentException("optimizer state: '" + k + "' names no parameter of this optimizer");
            if (!p.value().sameShape(e.getValue())) {
                throw new IllegalArgumentException("optimizer state: '" + k + "' has shape " + Arrays.toString(e.getValue().shape())
                        + ", the parameter has " + Arrays.toString(p.value().shape()));
            }
            restored.put(k, e.getValue().copy());
        }
        return restored;
    }

    /** A step count saved as [high 24 bits, low 24 bits] (or, from older files, one float). */
    private static long stepCount(Tensor step) {
        float[] d = step.data();
        return d.length == 1 ? (long) d[0] : ((long) d[0] << 24) + (long) d[1];
    }

    /** The names of the per-parameter state this optimizer keeps (the key prefixes in its state dict). */
    protected abstract Set<String> slotNames();
}
