package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Gather;

/**
 * Adds row k of its input into row {@code rows[k]} of zeros with {@code n} rows: the backward
 * of {@link IndexSelect}, whose own gradient is that gather again.
 */
public final class IndexAdd extends Function {
    private final int[] rows;
    private final int n;

    public IndexAdd(int[] rows, int n) {
        this.rows = rows.clone();
        this.n = n;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        int[] shape = in[0].shape();
        if (shape.length == 0 || shape[0] != rows.length) {
            throw new ShapeException("indexAdd: shape " + Shape.str(shape) + " does not have " + rows.length + " rows");
        }
        int[] target = shape.clone();
        target[0] = n;
        checkRows("indexAdd", rows, target);
        return Gather.indexAdd(in[0], rows, n);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {gy.indexSelect(rows)};
    }

    static void checkRows(String op, int[] rows, int[] shape) {
        if (shape.length == 0) throw new ShapeException(op + ": needs at least one axis, got shape " + Shape.str(shape));
        for (int r : rows) {
            if (r < 0 || r >= shape[0]) {
                throw new ShapeException(op + ": row " + r + " out of range for " + shape[0] + " rows (shape " + Shape.str(shape) + ")");
            }
        }
    }
}
