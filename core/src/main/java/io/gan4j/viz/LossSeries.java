package io.gan4j.viz;

/**
 * One named curve of a {@link LossPlot}: values recorded at iterations. Non-finite values (a
 * diverged run) are kept in the record and skipped when drawing.
 */
public record LossSeries(String name, double[] iterations, double[] values) {
    public LossSeries {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("LossSeries: name is required");
        if (iterations.length != values.length) {
            throw new IllegalArgumentException("LossSeries '" + name + "': " + iterations.length + " iterations but " + values.length + " values");
        }
    }

    public int size() {
        return values.length;
    }
}
