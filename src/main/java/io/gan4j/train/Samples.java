package io.gan4j.train;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;

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

    /** {@code n} generated examples as {@code [n, dim]} in the data's units. */
    public static Tensor inDataUnits(GanFactory.Setup setup, int n, long seed, String stream) {
        int d = setup.data().dim();
        float[] out = new float[Math.multiplyExact(n, d)];
        for (int k = 0, done = 0; done < n; k++) {
            int m = Math.min(CHUNK, n - done);
            Tensor chunk = setup.toData(setup.gan().sample(m, Rng.at(seed, stream, k)).reshape(m, d));
            System.arraycopy(chunk.data(), 0, out, done * d, m * d);
            done += m;
        }
        return Tensor.of(out, n, d);
    }
}
