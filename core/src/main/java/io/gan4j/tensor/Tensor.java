package io.gan4j.tensor;

import io.gan4j.tensor.kernel.elementwise.Elementwise;
import io.gan4j.tensor.kernel.elementwise.Permute;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A dense float32 array with a shape, row-major (NCHW for images). This is plain data: no
 * gradients. The differentiable value built on it is {@code io.gan4j.autograd.Variable}.
 *
 * <p>A tensor owns its {@code data} array; {@link #reshape} shares it. Kernels and the
 * optimizers' in-place updates reach the array through {@link #data()}.
 */
public final class Tensor {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private final float[] data;
    private final int[] shape;

    private Tensor(float[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** Wraps {@code data} (no copy) with the given shape. */
    public static Tensor of(float[] data, int... shape) {
        int n = Shape.size(shape);
        if (data.length != n) {
            throw new ShapeException("of: " + data.length + " values do not fill shape " + Shape.str(shape));
        }
        return new Tensor(data, shape.clone());
    }

    /** A 2-D tensor from rows (copied). */
    public static Tensor of(float[][] rows) {
        int r = rows.length, c = r == 0 ? 0 : rows[0].length;
        float[] d = new float[r * c];
        for (int i = 0; i < r; i++) {
            if (rows[i].length != c) throw new ShapeException("of: row " + i + " has " + rows[i].length + " values, expected " + c);
            System.arraycopy(rows[i], 0, d, i * c, c);
        }
        return new Tensor(d, new int[] {r, c});
    }

    public static Tensor scalar(float v) {
        return new Tensor(new float[] {v}, new int[0]);
    }

    public static Tensor zeros(int... shape) {
        return new Tensor(new float[Shape.size(shape)], shape.clone());
    }

    public static Tensor ones(int... shape) {
        return full(1f, shape);
    }

    public static Tensor full(float value, int... shape) {
        float[] d = new float[Shape.size(shape)];
        Arrays.fill(d, value);
        return new Tensor(d, shape.clone());
    }

    /** Uniform draws in [lo, hi). */
    public static Tensor uniform(Rng rng, float lo, float hi, int... shape) {
        float[] d = new float[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) d[i] = lo + (hi - lo) * rng.nextFloat();
        return new Tensor(d, shape.clone());
    }

    /** Normal draws with the given mean and standard deviation. */
    public static Tensor normal(Rng rng, float mean, float std, int... shape) {
        float[] d = new float[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) d[i] = (float) (mean + std * rng.nextGaussian());
        return new Tensor(d, shape.clone());
    }

    public float[] data() {
        return data;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[Shape.axis("dim", axis, shape.length)];
    }

    public int size() {
        return data.length;
    }

    public boolean sameShape(Tensor other) {
        return Arrays.equals(shape, other.shape);
    }

    /** The single value of a one-element tensor. */
    public float item() {
        if (data.length != 1) throw new ShapeException("item: tensor of shape " + Shape.str(shape) + " is not a single value");
        return data[0];
    }

    public float get(int... index) {
        return data[offset(index)];
    }

    public void set(float value, int... index) {
        data[offset(index)] = value;
    }

    private int offset(int[] index) {
        if (index.length != shape.length) {
            throw new ShapeException("get: index " + Arrays.toString(index) + " does not match shape " + Shape.str(shape));
        }
        int off = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " out of bounds for shape " + Shape.str(shape));
            }
            off = off * shape[i] + index[i];
        }
        return off;
    }

    /** Same data, new shape; one dimension may be -1 and is inferred. */
    public Tensor reshape(int... newShape) {
        int[] s = newShape.clone();
        int infer = -1, known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (infer >= 0) throw new ShapeException("reshape: more than one -1 in " + Shape.str(newShape));
                infer = i;
            } else {
                known *= s[i];
            }
        }
        if (infer >= 0 && known != 0 && data.length % known == 0) s[infer] = data.length / known;
        if (Shape.size(s) != data.length) {
            throw new ShapeException("reshape: cannot view shape " + Shape.str(shape) + " as " + Shape.str(newShape));
        }
        return new Tensor(data, s);
    }

    /** Axis i of the result is axis {@code axes[i]} of this tensor (a copy). */
    public Tensor permute(int... axes) {
        return Permute.permute(this, axes);
    }

    /** Elements [from, to) of this tensor set to those of {@code other} (same size), in place. */
    public void copyRange(Tensor other, int from, int to) {
        System.arraycopy(other.data(), from, data(), from, to - from);
    }

    /** Elements [from, to) of {@code other} (same size) added to this tensor's, in place. */
    public void addRange(Tensor other, int from, int to) {
        Elementwise.addInPlace(data(), other.data(), from, to);
    }

    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    /** Copies {@code source}'s values into this tensor; the shapes must match. */
    public void copyFrom(Tensor source) {
        if (!sameShape(source)) {
            throw new ShapeException("copyFrom: shapes " + Shape.str(shape) + " and " + Shape.str(source.shape) + " differ");
        }
        System.arraycopy(source.data, 0, data, 0, data.length);
    }

    /** True when any value is NaN or infinite. */
    public boolean hasNonFinite() {
        // v - v is 0 for finite v and NaN for NaN or ±Inf, and NaN survives any sum: one vector pass.
        FloatVector acc = FloatVector.zero(LANES);
        int i = 0, bound = LANES.loopBound(data.length);
        for (; i < bound; i += LANES.length()) {
            FloatVector v = FloatVector.fromArray(LANES, data, i);
            acc = acc.add(v.sub(v));
        }
        if (acc.compare(VectorOperators.NE, 0f).anyTrue()) return true;
        for (; i < data.length; i++) if (!Float.isFinite(data[i])) return true;
        return false;
    }

    @Override
    public String toString() {
        int shown = Math.min(data.length, 8);
        StringBuilder sb = new StringBuilder("Tensor").append(Shape.str(shape)).append(" [");
        for (int i = 0; i < shown; i++) sb.append(i == 0 ? "" : ", ").append(data[i]);
        return sb.append(data.length > shown ? ", ...]" : "]").toString();
    }
}
