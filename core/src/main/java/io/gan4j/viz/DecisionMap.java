package io.gan4j.viz;

import io.gan4j.tensor.Tensor;

/**
 * The discriminator's output D(x) on a regular nx-by-ny grid of cells covering {@code extent}.
 * {@code values[j * nx + i]} belongs to the cell centred at x = xMin + (i + 0.5) * width / nx,
 * y = yMin + (j + 0.5) * height / ny: row j = 0 is the bottom row. {@link #cellCentres} lists the
 * points to evaluate D at in exactly this order.
 */
public record DecisionMap(float[] values, int nx, int ny, PlotWindow extent, Scale scale) {
    /** What the colour bar says: its title and the values at its bottom, middle and top. */
    public record Scale(String title, String low, String middle, String high) {
        /** A probability that the example is real. */
        public static final Scale PROBABILITY = new Scale("D(x)", "0", "0.5", "1");
    }

    /** A map of probabilities. */
    public DecisionMap(float[] values, int nx, int ny, PlotWindow extent) {
        this(values, nx, ny, extent, Scale.PROBABILITY);
    }

    public DecisionMap {
        if (nx < 1 || ny < 1) throw new IllegalArgumentException("DecisionMap: grid " + nx + "x" + ny + " must be at least 1x1");
        if (values.length != (long) nx * ny) {
            throw new IllegalArgumentException("DecisionMap: " + values.length + " values do not fill a " + nx + "x" + ny + " grid");
        }
    }

    /** The cell centres as a [nx * ny, 2] tensor of (x, y) rows, in {@code values} order. */
    public static Tensor cellCentres(int nx, int ny, PlotWindow extent) {
        float[] xy = new float[nx * ny * 2];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = (j * nx + i) * 2;
                xy[k] = (float) (extent.xMin() + (i + 0.5) * extent.width() / nx);
                xy[k + 1] = (float) (extent.yMin() + (j + 0.5) * extent.height() / ny);
            }
        }
        return Tensor.of(xy, nx * ny, 2);
    }

    public float at(int i, int j) {
        return values[j * nx + i];
    }
}
