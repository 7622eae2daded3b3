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
     * batch means. Each shard draws from its own generator, seeded from {@code rng} in shard order, so the bits
     * depend neither on which thread runs which shard nor on a shard being run twice (see {@link Engine#runHedged}).
     */
    public Means backward(int n, Rng rng, List<Variable> parameters, LossFunction loss) {
        int count = shardCount(n);
        long[] seeds = new long[count];
        for (int s = 0; s < count; s++) seeds[s] = rng.nextLong();
        List<Shard> shards = Engine.runHedged(count,
                s -> Shard.run(loss, from(s, n, count), from(s + 1, n, count), n, seeds[s], parameters, count > 1), Shard::recycle);
        try {
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
    private static void setGradients(List<Variable> parameters, List<Shard> shards) {
        if (shards.size() == 1) {
            for (int i = 0; i < parameters.size(); i++) parameters.get(i).setGrad(shards.get(0).gradients[i]);
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
            sums[i].copyRange(shards.get(0).gradients[i], from, to);
            for (int s = 1; s < shards.size(); s++) sums[i].addRange(shards.get(s).gradients[i], from, to);
        });
    }

    private static Means means(List<Shard> shards) {
        double loss = 0;
        double[] figures = new double[shards.get(0).figures.length];
        for (Shard s : shards) {
            loss += s.loss;
            for (int f = 0; f < figures.length; f++) figures[f] += s.figures[f];
        }
        return new Means(loss, figures);
    }

    /**
     * One run of a row range of the batch: its gradients and its figures, weighted by its share of the batch. Run
     * alongside other shards it takes its arrays from a workspace of its own, which lives until the gradients are
     * summed (or the run lost to a backup run of the same shard); only numbers leave it.
     */
    private record Shard(Tensor[] gradients, double loss, double[] figures, Workspace workspace) {
        static Shard run(LossFunction function, int from, int to, int n, long seed, List<Variable> parameters, boolean recycled) {
            int rows = to - from;
            float share = (float) rows / n;
            Workspace workspace = recycled ? Workspace.open() : null;
            try {
                Loss l = function.of(rows, new Rng(seed));
                Variable weighted = share == 1f ? l.value() : l.value().mul(share);
                Variable[] grads = Autograd.grad(new Variable[] {weighted}, null, parameters.toArray(Variable[]::new), false);
                Tensor[] gradients = new Tensor[grads.length];
                for (int i = 0; i < grads.length; i++) gradients[i] = grads[i].value();
                double[] figures = new double[l.figures().length];
                for (int f = 0; f < figures.length; f++) figures[f] = share * l.figures()[f];
                return new Shard(gradients, share * l.value().item(), figures, workspace);
            } catch (RuntimeException | Error e) {
                if (workspace != null) workspace.recycle();
                throw e;
            } finally {
                if (workspace != null) workspace.detach();
            }
        }

        void recycle() {
            if (workspace != null) workspace.recycle();
        }
    }
}
