package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Gather;

/**
 * Gathers rows along axis 0 by index (repeats allowed), as for labels or embeddings. The
 * gradient scatter-adds back with {@link IndexAdd}, so a row used twice gets both gradients.
 */
public final class IndexSelect extends Function {
    private final int[] rows;

    public IndexSelect(int... rows) {
        this.rows = rows.clone();
    }

    @Override
    protected Tensor forward(Tensor... in) {
        IndexAdd.checkRows("indexSelect", rows, in[0].shape());
        return Gather.indexSelect(in[0], rows);
    }

    @Override
    protected Variable[] backward(Variable gy, boolean[] needsGrad) {
        return new Variable[] {new IndexAdd(rows, input(0).dim(0)).call(gy)};
    }
}
