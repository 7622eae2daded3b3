package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Per-column standardisation of {@code [n, d]} data: {@code z = (v - mean) / std}, and back.
 *
 * <p>The std is the population one (divide by n). A constant column (all values equal) has std 0;
 * it is only centred (its scale is taken as 1), so it standardises to zeros and
 * {@link #unstandardize} gives the constant back. {@link #constantColumns()} reports them.
 * Immutable.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] std;
    private final double[] scale;

    private Standardizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
        this.scale = new double[std.length];
        for (int j = 0; j < std.length; j++) scale[j] = std[j] > 0 ? std[j] : 1;
    }

    /** Mean and std of each column of {@code data} {@code [n, d]}, {@code n >= 1}. */
    public static Standardizer fit(Tensor data) {
        int n = requireMatrix("fit", data, -1), d = data.dim(1);
        if (n == 0) throw new IllegalArgumentException("fit: no rows to fit on");
        if (data.hasNonFinite()) throw new IllegalArgumentException("fit: the data holds NaN or infinite values");
        float[] v = data.data();
        double[] mean = new double[d], std = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = columnMean(v, n, d, j);
            std[j] = columnMin(v, n, d, j) == columnMax(v, n, d, j) ? 0 : columnStd(v, n, d, j, mean[j]);
        }
        return new Standardizer(mean, std);
    }

    /** Fits on {@code n} samples of {@code source}, for distributions without a fixed table. */
    public static Standardizer fit(RealData source, int n, Rng rng) {
        return fit(source.sample(n, rng).reshape(n, source.dim()));
    }

    /** A standardizer with given statistics (a std of 0 means "centre only"). */
    public static Standardizer of(double[] mean, double[] std) {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("Standardizer: " + mean.length + " means but " + std.length + " stds");
        }
        for (int j = 0; j < std.length; j++) {
            if (!Double.isFinite(mean[j])) throw new IllegalArgumentException("Standardizer: mean of column " + (j + 1) + " is " + mean[j]);
            if (!(std[j] >= 0) || !Double.isFinite(std[j])) {
                throw new IllegalArgumentException("Standardizer: std of column " + (j + 1) + " must be finite and >= 0, got " + std[j]);
            }
        }
        return new Standardizer(mean.clone(), std.clone());
    }

    public int dim() {
        return mean.length;
    }

    public double[] mean() {
        return mean.clone();
    }

    /** The fitted std per column, 0 for constant columns. */
    public double[] std() {
        return std.clone();
    }

    /** 0-based indices of columns with std 0, which are only centred. */
    public int[] constantColumns() {
        return IntStream.range(0, std.length).filter(j -> std[j] == 0).toArray();
    }

    /** A new tensor {@code (v - mean) / std}, column by column. */
    public Tensor standardize(Tensor data) {
        requireMatrix("standardize", data, mean.length);
        float[] in = data.data(), out = new float[in.length];
        int d = mean.length;
        for (int i = 0; i < in.length; i++) out[i] = (float) ((in[i] - mean[i % d]) / scale[i % d]);
        return Tensor.of(out, data.shape());
    }

    /** A new tensor {@code z * std + mean}: generated samples back in the data's units. */
    public Tensor unstandardize(Tensor data) {
        requireMatrix("unstandardize", data, mean.length);
        float[] in = data.data(), out = new float[in.length];
        int d = mean.length;
        for (int i = 0; i < in.length; i++) out[i] = (float) (in[i] * scale[i % d] + mean[i % d]);
        return Tensor.of(out, data.shape());
    }

    /** The row count of a rank-2 tensor with {@code columns} columns (any count when negative). */
    private static int requireMatrix(String op, Tensor data, int columns) {
        if (data.rank() != 2 || (columns >= 0 && data.dim(1) != columns)) {
            String expected = columns >= 0 ? "[n, " + columns + "]" : "[n, d]";
            throw new ShapeException(op + ": expected " + expected + ", got " + Shape.str(data.shape()));
        }
        return data.dim(0);
    }

    private static double columnMean(float[] v, int n, int d, int j) {
        double sum = 0;
        for (int i = 0; i < n; i++) sum += v[i * d + j];
        return sum / n;
    }

    private static double columnStd(float[] v, int n, int d, int j, double mean) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double dev = v[i * d + j] - mean;
            sum += dev * dev;
        }
        return Math.sqrt(sum / n);
    }

    private static float columnMin(float[] v, int n, int d, int j) {
        float min = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) min = Math.min(min, v[i * d + j]);
        return min;
    }

    private static float columnMax(float[] v, int n, int d, int j) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) max = Math.max(max, v[i * d + j]);
        return max;
    }

    @Override
    public String toString() {
        return "Standardizer(mean " + Arrays.toString(mean) + ", std " + Arrays.toString(std) + ")";
    }
}
