package io.gan4j.viz;

import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;

/** Paired x and y coordinates of a point cloud. */
public record Points(float[] xs, float[] ys) {
    public Points {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("Points: " + xs.length + " x values but " + ys.length + " y values");
        }
    }

    public static Points empty() {
        return new Points(new float[0], new float[0]);
    }

    /** Two columns of a sample matrix [n, d]; for d > 2 the caller chooses which pair to show. */
    public static Points columns(Tensor samples, int xColumn, int yColumn) {
        if (samples.rank() != 2) throw new ShapeException("Points.columns: samples must be [n, d], got rank " + samples.rank());
        int n = samples.dim(0), d = samples.dim(1);
        if (xColumn < 0 || xColumn >= d || yColumn < 0 || yColumn >= d) {
            throw new ShapeException("Points.columns: columns " + xColumn + ", " + yColumn + " outside [0, " + d + ")");
        }
        float[] data = samples.data(), xs = new float[n], ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = data[i * d + xColumn];
            ys[i] = data[i * d + yColumn];
        }
        return new Points(xs, ys);
    }

    public int size() {
        return xs.length;
    }
}
