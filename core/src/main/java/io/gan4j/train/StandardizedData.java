package io.gan4j.train;

import io.gan4j.data.Labelled;
import io.gan4j.data.RealData;
import io.gan4j.data.Standardizer;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.List;

/**
 * Real data as the networks see it: standardised per column (zero mean, unit variance), so
 * that y from 10 to 19 and x from −3 to 3 reach the networks on the same scale. Generated
 * examples are mapped back with {@link #toData}.
 */
public final class StandardizedData implements RealData {
    /** Draws used to estimate the columns' mean and standard deviation. */
    public static final int FIT_SAMPLES = 20_000;

    private final RealData source;
    private final Standardizer standardizer;

    public StandardizedData(RealData source, Standardizer standardizer) {
        this.source = source;
        this.standardizer = standardizer;
    }

    /** Fits the standardiser on draws from a fixed stream of the run's seed. */
    public static StandardizedData fit(RealData source, long seed) {
        return new StandardizedData(source, Standardizer.fit(source, FIT_SAMPLES, Rng.at(seed, "standardize", 0)));
    }

    @Override
    public int[] exampleShape() {
        return source.exampleShape();
    }

    @Override
    public Tensor sample(int n, Rng rng) {
        return standardizer.standardize(source.sample(n, rng));
    }

    @Override
    public List<String> classNames() {
        return source.classNames();
    }

    @Override
    public Labelled sampleLabelled(int n, Rng rng) {
        Labelled drawn = source.sampleLabelled(n, rng);
        return new Labelled(standardizer.standardize(drawn.examples()), drawn.labels());
    }

    @Override
    public int[] sampleLabels(int n, Rng rng) {
        return source.sampleLabels(n, rng);
    }

    /** Generated (standardised) examples back in the data's own units. */
    public Tensor toData(Tensor standardized) {
        return standardizer.unstandardize(standardized);
    }

    /** Examples in the data's units to what the networks see. */
    public Tensor fromData(Tensor data) {
        return standardizer.standardize(data);
    }

    public RealData source() {
        return source;
    }

    public Standardizer standardizer() {
        return standardizer;
    }

    @Override
    public String describe() {
        return source.describe() + ", standardised";
    }
}
