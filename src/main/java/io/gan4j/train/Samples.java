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

    private Samples() {}

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
