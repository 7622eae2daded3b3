package io.gan4j.tensor;

import java.util.SplittableRandom;

/**
 * The one source of randomness: every draw in gan4j comes from an Rng passed in, split from
 * the run's seed, so the same seed gives the same run bit for bit.
 *
 * <p>Normal draws use only {@link StrictMath} and exactly rounded operations, whose results do
 * not depend on the JIT (the Vector API's and some of Math's transcendental functions do).
 */
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /**
     * The generator for one numbered step of a named stream of a run: a pure function of
     * (seed, stream, index). A training run draws iteration i's randomness from
     * {@code Rng.at(seed, "train", i)}, so resuming at iteration i needs no saved generator state.
     */
    public static Rng at(long seed, String stream, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ stream.hashCode());
        return new Rng(mix(h ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    /** Stafford's variant 13 of the 64-bit finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An independent stream, for handing to another consumer without coupling their draws. */
    public Rng split() {
        return new Rng(random.split());
    }

    public long nextLong() {
        return random.nextLong();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [0, 1). */
    public float nextFloat() {
        return (random.nextInt() >>> 8) * 0x1.0p-24f;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Standard normal, by the ziggurat method (see {@link Ziggurat}). */
    public double nextGaussian() {
        return Ziggurat.next(random);
    }

    /** A random permutation of 0..n-1 (Fisher–Yates). */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
