package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Slices;

/**
 * Places its input at {@code from} along {@code axis} inside zeros of {@code shape}: the
 * backward of {@link Slice}, and its own gradient is that slice again (so slices differentiate
 * twice).
 */
public final class PadSlice extends Function {
    private final int[] shape;
    private final int axis;
    private final int from;

    public PadSlice(int[] shape, int axis, int from) {
        this.shape = shape.clone();
        this.axis = axis;
        this.from = from;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        int[] piece = in[0].shape();
        int ax = Axes.normalise("padSlice", axis, shape);
        boolean fits = piece.length == shape.length && from >= 0 && from + piece[ax] <= shape[ax];
        for (int i = 0; fits && i < shape.length; i++) fits = i == ax || piece[i] == shape[i];
        if (!fits) {
            throw new ShapeException("padSlice: shape " + Shape.str(piece) + " does not fit at " + from
                    + " along axis " + axis + " of shape " + Shape.str(shape));
        }
        return Slices.padSlice(in[0], shape, ax, from);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        int ax = Axes.normalise("padSlice", axis, shape);
        return new Variable[] {gy.slice(ax, from, from + input(0).dim(ax))};
    }
}
