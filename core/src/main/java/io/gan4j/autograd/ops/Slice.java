package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Slices;

/** Indices [from, to) of one axis; the gradient pads the output's gradient with zeros back to the input's shape. */
public final class Slice extends Function {
    private final int axis;
    private final int from;
    private final int to;

    public Slice(int axis, int from, int to) {
        this.axis = axis;
        this.from = from;
        this.to = to;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        int[] shape = in[0].shape();
        int ax = Axes.normalise("slice", axis, shape);
        if (from < 0 || to < from || to > shape[ax]) {
            throw new ShapeException("slice: range [" + from + ", " + to + ") out of bounds for axis " + axis + " of shape " + Shape.str(shape));
        }
        return Slices.slice(in[0], ax, from, to);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        int[] shape = input(0).shape();
        return new Variable[] {new PadSlice(shape, Axes.normalise("slice", axis, shape), from).call(gy)};
    }
}
