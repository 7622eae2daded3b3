package io.gan4j.train;

import io.gan4j.autograd.Autograd;
import io.gan4j.autograd.Variable;
import io.gan4j.nn.Batching;
import io.gan4j.nn.Module;
import io.gan4j.tensor.Engine;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.Workspace;
import java.util.List;

/**
 * Data parallelism from outside the networks, as PyTorch's DistributedDataParallel: the step only says
 * what the loss of {@code rows} examples is; this class cuts the batch into row ranges (shards) that run
 * forward and backward at the same time, one per core, and adds their gradients in shard order into the
 * parameters' gradients. Small networks leave a core idle when only single kernels are split; whole shards
 * keep it busy, elementwise work and graph bookkeeping included.
 *
 * <p>The shard count depends on the networks, never on the thread count, so a run gives the same bits on
 * any machine; with one thread the shards simply run one after the other. Networks whose forward pass is
 * not {@link Batching#PER_EXAMPLE per example} (BatchNorm in training, spectral norm, dropout) run as one
 * shard and are parallel inside their kernels instead.
 */
public final class DataParallel {
    /** Shards per batch when the networks allow it: one per core of the machines we target. */
    static final int SHARDS = 2;
    /** Below this many elements per thread, handing a gradient sum to another thread costs more than it saves. */
    private static final int MIN_PER_CHUNK = 4096;

    private final List<Module> networks;

    private DataParallel(List<Module> networks) {
        this.networks = List.copyOf(networks);
    }

    /** Data parallelism over a batch that runs through these networks. */
    public static DataParallel over(Module... networks) {
        return new DataParallel(List.of(networks));
    }

    /** A loss of some rows, a mean over them, and figures to report, also means over the rows. */
    public record Loss(Variable value, double... figures) {}

    /** The loss of {@code rows} examples, drawn with {@code rng}. */
    @FunctionalInterface
    public interface LossFunction {
        Loss of(int rows, Rng rng);
    }

    /** The batch means of a loss and of its figures. */
    public record Means(double loss, double... figures) {}

    /**
     * Sets the gradient of every parameter to that of the batch-mean loss of {@code n} examples and returns the
     * batch means. Each shard gets its own split of {@code rng}, split off in shard order, so the bits do not
     * depend on which thread runs which shard.
     */
    public Means backward(int n, Rng rng, List<Variable> parameters, LossFunction loss) {
        int count = shardCount(n);
        Rng[] rngs = new Rng[count];
        for (int s = 0; s < count; s++) rngs[s] = rng.split();
        Shard[] shards = new Shard[count];
        for (int s = 0; s < count; s++) shards[s] = new Shard(from(s, n, count), from(s + 1, n, count), n);
        try {
            Engine.run(count, s -> shards[s].run(loss, rngs[s], parameters, count > 1));
            setGradients(parameters, shards);
            return means(shards);
        } finally {
            for (Shard s : shards) s.recycle();
        }
    }

    /** Whether every network treats examples apart and the batch has two examples to cut. */
    int shardCount(int n) {
        if (n < SHARDS) return 1;
        for (Module m : networks) if (m.batching() != Batching.PER_EXAMPLE) return 1;
        return SHARDS;
    }

    private static int from(int shard, int n, int count) {
        return (int) ((long) n * shard / count);
    }

    /** One shard alone needs no sum: its gradients become the parameters'. Several are added in shard order. */
    private static void setGradients(List<Variable> parameters, Shard[] shards) {
        if (shards.length == 1) {
            for (int i = 0; i < parameters.size(); i++) parameters.get(i).setGrad(shards[0].gradients[i]);
            return;
        }
        int[] sizes = new int[parameters.size()];
        Tensor[] sums = new Tensor[parameters.size()];
        for (int i = 0; i < sizes.length; i++) {
            Variable p = parameters.get(i);
            // The previous step's gradient arrays are overwritten; workspace arrays never become gradients.
            if (p.grad() == null) p.setGrad(Tensor.zeros(p.value().shape()));
            sums[i] = p.grad();
            sizes[i] = sums[i].size();
        }
        Engine.forEachRange(sizes, MIN_PER_CHUNK, (i, from, to) -> {
            sums[i].copyRange(shards[0].gradients[i], from, to);
            for (int s = 1; s < shards.length; s++) sums[i].addRange(shards[s].gradients[i], from, to);
        });
    }

    private static Means means(Shard[] shards) {
        double loss = 0;
        double[] figures = new double[shards[0].figures.length];
        for (Shard s : shards) {
            loss += s.loss;
            for (int f = 0; f < figures.length; f++) figures[f] += s.figures[f];
        }
        return new Means(loss, figures);
    }

    /**
     * One row range of the batch: its gradients and its figures, weighted by its share of the batch. Run
     * alongside other shards it takes its arrays from a workspace of its own, which lives until the gradients
     * are summed; only numbers leave it.
     */
    private static final class Shard {
        private final int rows;
        private final float share;
        private Workspace workspace;
        private Tensor[] gradients;
        private double loss;
        private double[] figures;

        Shard(int from, int to, int n) {
            this.rows = to - from;
            this.share = (float) rows / n;
        }

        void run(LossFunction function, Rng rng, List<Variable> parameters, boolean recycled) {
            if (recycled) workspace = Workspace.open();
            try {
                Loss l = function.of(rows, rng);
                Variable weighted = share == 1f ? l.value() : l.value().mul(share);
                Variable[] grads = Autograd.grad(new Variable[] {weighted}, null, parameters.toArray(Variable[]::new), false);
                gradients = new Tensor[grads.length];
                for (int i = 0; i < grads.length; i++) gradients[i] = grads[i].value();
                loss = share * l.value().item();
                figures = new double[l.figures().length];
                for (int f = 0; f < figures.length; f++) figures[f] = share * l.figures()[f];
            } finally {
                if (workspace != null) workspace.detach();
            }
        }

        void recycle() {
            if (workspace != null) workspace.recycle();
        }
    }
}
