package io.gan4j.train;

import io.gan4j.autograd.Autograd;
import io.gan4j.autograd.Variable;
import io.gan4j.nn.Module;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;
import io.gan4j.tensor.kernel.Parallel;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A batch cut into row ranges ("shards") that run forward and backward at the same time, one per
 * thread, their gradients then added in shard order. Small networks leave a second core idle when
 * only single kernels are split; whole shards keep it busy, elementwise work and graph bookkeeping
 * included.
 *
 * <p>The number of shards is fixed by the networks, never by the thread count, so a run gives the
 * same bits on any machine; with one thread the shards simply run one after the other.
 */
record Shards(int count) {
    /** Shards per batch when the networks allow it: one per core of the machines we target. */
    static final int SHARDABLE_COUNT = 2;

    static final Shards SINGLE = new Shards(1);

    /**
     * Two shards for a batch of n ≥ 2 examples when every module can run on parts of a batch
     * concurrently, else one (never an empty shard: its mean loss would be 0/0).
     */
    static Shards forModules(int n, Module... modules) {
        if (n < 2) return SINGLE;
        for (Module m : modules) if (!m.isShardable()) return SINGLE;
        return new Shards(Math.min(SHARDABLE_COUNT, n));
    }

    int from(int shard, int n) {
        return (int) ((long) n * shard / count);
    }

    int to(int shard, int n) {
        return from(shard + 1, n);
    }

    /** How many of a batch of n examples one shard takes. */
    int size(int shard, int n) {
        return to(shard, n) - from(shard, n);
    }

    /** This shard's share of a batch of n examples, the weight of its mean loss in the batch's mean. */
    float share(int shard, int n) {
        return (float) size(shard, n) / n;
    }

    /**
     * Runs {@code body} for every shard, concurrently on the engine's threads, hands the results (in shard
     * order) to {@code finish} on this thread, and returns what it returns. With several shards the
     * networks change no state in a forward pass, so nothing a shard computes outlives {@code finish} but
     * what finish keeps by copying; the shards' arrays are then recycled (see {@link Workspace}).
     */
    <T, R> R run(IntFunction<T> body, Function<List<T>, R> finish) {
        Object[] results = new Object[count];
        Workspace[] workspaces = new Workspace[count];
        try {
            Parallel.run(count, shard -> {
                Workspace w = count > 1 ? Workspace.open() : null;
                workspaces[shard] = w;
                try {
                    results[shard] = body.apply(shard);
                } finally {
                    if (w != null) w.detach();
                }
            });
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) List.of(results);
            return finish.apply(list);
        } finally {
            for (Workspace w : workspaces) if (w != null) w.recycle();
        }
    }

    /** Gradients of a loss with respect to parameters, touching no accumulated gradient (shards run concurrently). */
    static Tensor[] gradients(Variable loss, List<Variable> parameters) {
        Variable[] grads = Autograd.grad(new Variable[] {loss}, null, parameters.toArray(Variable[]::new), false);
        Tensor[] values = new Tensor[grads.length];
        for (int i = 0; i < grads.length; i++) values[i] = grads[i].value();
        return values;
    }
}
