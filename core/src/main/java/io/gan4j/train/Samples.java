package io.gan4j.train;

import io.gan4j.data.Labelled;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;

/**
 * Generated examples in the data's units, made in chunks so that a million samples do not need a
 * million-row activation matrix. Chunk k draws from {@code Rng.at(seed, stream, k)}: the same
 * seed, stream and count give the same rows.
 */
public final class Samples {
    public static final int CHUNK = 4096;
    /** Stream name of the examples a run writes at its end (samples.csv or samples.npy) and {@code gan4j sample} repeats. */
    public static final String STREAM = "samples";

    private Samples() {}

    /** {@code n} generated examples shaped as the data's, {@code [n, exampleShape...]} (images [n, C, H, W]), in the data's units. */
    public static Tensor examples(GanFactory.Setup setup, int n, long seed, String stream) {
        int[] example = setup.data().exampleShape(), shape = new int[example.length + 1];
        shape[0] = n;
        System.arraycopy(example, 0, shape, 1, example.length);
        return inDataUnits(setup, n, seed, stream).reshape(shape);
    }

    /**
     * {@code n} generated examples as {@code [n, dim]} in the data's units; a conditional generator is asked for every
     * class in turn ({@link #asked}).
     */
    public static Tensor inDataUnits(GanFactory.Setup setup, int n, long seed, String stream) {
        return inDataUnits(setup, setup.gan().isConditional() ? asked(n, setup.gan().classNames().size(), null) : null, n, seed, stream);
    }

    /** As above, a conditional generator asked for class {@code label} only (null: every class in turn). */
    public static Labelled labelled(GanFactory.Setup setup, int n, Integer label, long seed, String stream) {
        int[] asked = asked(n, setup.gan().classNames().size(), label);
        return new Labelled(inDataUnits(setup, asked, n, seed, stream), asked);
    }

    /** The classes asked for: all {@code label}, or without one 0, 1, ..., K−1, 0, 1, ... */
    public static int[] asked(int n, int classes, Integer label) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = label != null ? label : i % classes;
        return labels;
    }

    private static Tensor inDataUnits(GanFactory.Setup setup, int[] asked, int n, long seed, String stream) {
        int d = setup.data().dim();
        float[] out = new float[Math.multiplyExact(n, d)];
        for (int k = 0, done = 0; done < n; k++) {
            int m = Math.min(CHUNK, n - done);
            Tensor chunk = chunk(setup, k, m, asked == null ? null : Arrays.copyOfRange(asked, done, done + m), seed, stream);
            System.arraycopy(chunk.data(), 0, out, done * d, m * d);
            done += m;
        }
        return Tensor.of(out, n, d);
    }

    /**
     * Rows {@code k·CHUNK} to {@code k·CHUNK + m − 1} of every sample drawn with this seed and stream, as {@code [m, dim]} in the
     * data's units: what the methods above put there, computed alone, so that any machine can make any chunk (bulk
     * sampling on a cluster). {@code asked}: the classes of those rows for a conditional generator, else null.
     */
    public static Tensor chunk(GanFactory.Setup setup, long k, int m, int[] asked, long seed, String stream) {
        if (m < 1 || m > CHUNK) throw new IllegalArgumentException("Samples.chunk: m must be in 1.." + CHUNK + ", got " + m);
        Rng rng = Rng.at(seed, stream, k);
        Tensor generated = asked == null ? setup.gan().sample(m, rng) : setup.gan().sample(asked, rng);
        return setup.toData(generated.reshape(m, setup.data().dim()));
    }
}
