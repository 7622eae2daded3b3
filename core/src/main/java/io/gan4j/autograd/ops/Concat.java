package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Slices;

/** Joins N inputs along one axis; each input's gradient is its slice of the output's. */
public final class Concat extends Function {
    private final int axis;

    public Concat(int axis) {
        this.axis = axis;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        if (in.length == 0) throw new ShapeException("concat: needs at least one part");
        int[] first = in[0].shape();
        int ax = Axes.normalise("concat", axis, first);
        for (Tensor t : in) checkCompatible(first, t.shape(), ax);
        return Slices.concat(ax, in);
    }

    private void checkCompatible(int[] first, int[] other, int ax) {
        boolean same = first.length == other.length;
        for (int i = 0; same && i < first.length; i++) same = i == ax || first[i] == other[i];
        if (!same) {
            throw new ShapeException("concat: shapes " + Shape.str(first) + " and " + Shape.str(other) + " differ outside axis " + axis);
        }
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        int ax = Axes.normalise("concat", axis, gy.shape());
        Variable[] g = new Variable[needsGrad.length];
        int from = 0;
        for (int i = 0; i < g.length; i++) {
            int to = from + input(i).dim(ax);
            if (needsGrad[i]) g[i] = gy.slice(ax, from, to);
            from = to;
        }
        return g;
    }
}
