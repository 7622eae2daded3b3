package io.gan4j.autograd;

import io.gan4j.autograd.ops.Abs;
import io.gan4j.autograd.ops.Add;
import io.gan4j.autograd.ops.BroadcastTo;
import io.gan4j.autograd.ops.Clamp;
import io.gan4j.autograd.ops.Concat;
import io.gan4j.autograd.ops.Conv2dOp;
import io.gan4j.autograd.ops.ConvTranspose2dOp;
import io.gan4j.autograd.ops.Div;
import io.gan4j.autograd.ops.Exp;
import io.gan4j.autograd.ops.IndexSelect;
import io.gan4j.autograd.ops.LeakyRelu;
import io.gan4j.autograd.ops.Log;
import io.gan4j.autograd.ops.LogSigmoid;
import io.gan4j.autograd.ops.MatMul;
import io.gan4j.autograd.ops.Maximum;
import io.gan4j.autograd.ops.Minimum;
import io.gan4j.autograd.ops.Mul;
import io.gan4j.autograd.ops.Neg;
import io.gan4j.autograd.ops.Permute;
import io.gan4j.autograd.ops.Pow;
import io.gan4j.autograd.ops.Relu;
import io.gan4j.autograd.ops.Reshape;
import io.gan4j.autograd.ops.Sigmoid;
import io.gan4j.autograd.ops.Slice;
import io.gan4j.autograd.ops.Softplus;
import io.gan4j.autograd.ops.Sqrt;
import io.gan4j.autograd.ops.Sub;
import io.gan4j.autograd.ops.SumTo;
import io.gan4j.autograd.ops.Tanh;
import io.gan4j.autograd.ops.Transpose;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.elementwise.Compare;
import io.gan4j.tensor.kernel.elementwise.Elementwise;
import io.gan4j.tensor.kernel.elementwise.Gather;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.IntStream;

/**
 * A differentiable value: a {@link Tensor}, whether it requires a gradient, the op that
 * produced it (null for leaves) and, for leaves, the gradient accumulated by
 * {@link #backward()}.
 *
 * <p>Graphs are referenced only from the variables they produced, so a graph is garbage as
 * soon as its outputs are: training runs in constant memory.
 */
public final class Variable {
    private final Tensor value;
    private final boolean requiresGrad;
    private final Function creator;
    private Tensor grad;

    private Variable(Tensor value, boolean requiresGrad, Function creator) {
        this.value = value;
        this.requiresGrad = requiresGrad;
        this.creator = creator;
    }

    /** A leaf that requires a gradient (a parameter, or an input to differentiate against). */
    public static Variable param(Tensor value) {
        return new Variable(value, true, null);
    }

    /** A leaf that does not require a gradient. */
    public static Variable constant(Tensor value) {
        return new Variable(value, false, null);
    }

    public static Variable scalar(float v) {
        return constant(Tensor.scalar(v));
    }

    static Variable fromOp(Tensor value, Function creator) {
        return new Variable(value, true, creator);
    }

    public Tensor value() {
        return value;
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    public boolean isLeaf() {
        return creator == null;
    }

    Function creator() {
        return creator;
    }

    /** The accumulated gradient (leaves only), or null before any backward pass. */
    public Tensor grad() {
        return grad;
    }

    public void zeroGrad() {
        grad = null;
    }

    /** Makes {@code g} this leaf's accumulated gradient, as it is (not a copy). */
    public void setGrad(Tensor g) {
        checkGradientShape("setGrad", g);
        grad = g;
    }

    /** Adds {@code g} to this leaf's accumulated gradient (a copy of it when there is none yet). */
    public void accumulateGrad(Tensor g) {
        checkGradientShape("accumulateGrad", g);
        if (grad == null) {
            grad = g.copy();
        } else {
            Elementwise.addInPlace(grad.data(), g.data(), 0, grad.size());
        }
    }

    private void checkGradientShape(String op, Tensor g) {
        if (!g.sameShape(value)) {
            throw new ShapeException(op + ": gradient of shape " + Arrays.toString(g.shape())
                    + " for a value of shape " + Arrays.toString(value.shape()));
        }
    }

    /** The same value cut from the graph. */
    public Variable detach() {
        return constant(value);
    }

    public int[] shape() {
        return value.shape();
    }

    public int dim(int axis) {
        return value.dim(axis);
    }

    public float item() {
        return value.item();
    }

    /** Accumulates gradients of this scalar into every leaf that requires one. */
    public void backward() {
        Autograd.backward(this, null);
    }

    /** Accumulates gradients of this scalar into the given leaves only. */
    public void backward(Collection<Variable> leaves) {
        Autograd.backward(this, leaves);
    }

    public Variable add(Variable o) {
        return new Add().call(this, o);
    }

    public Variable add(float c) {
        return add(scalar(c));
    }

    public Variable sub(Variable o) {
        return new Sub().call(this, o);
    }

    public Variable sub(float c) {
        return sub(scalar(c));
    }

    /** c - this. */
    public Variable rsub(float c) {
        return scalar(c).sub(this);
    }

    public Variable mul(Variable o) {
        return new Mul().call(this, o);
    }

    public Variable mul(float c) {
        return mul(scalar(c));
    }

    public Variable div(Variable o) {
        return new Div().call(this, o);
    }

    public Variable div(float c) {
        return mul(1f / c);
    }

    public Variable neg() {
        return new Neg().call(this);
    }

    public Variable square() {
        return mul(this);
    }

    /** Matrix product of 2-D operands (or batched, leading dims equal). */
    public Variable matmul(Variable o) {
        return new MatMul().call(this, o);
    }

    public Variable reshape(int... shape) {
        return new Reshape(shape).call(this);
    }

    /** Sums broadcast axes away so the result has {@code shape} (the adjoint of broadcastTo). */
    public Variable sumTo(int... shape) {
        if (Arrays.equals(shape, value.shape())) return this;
        return new SumTo(shape).call(this);
    }

    public Variable broadcastTo(int... shape) {
        if (Arrays.equals(shape, value.shape())) return this;
        return new BroadcastTo(shape).call(this);
    }

    public Variable sum() {
        return sumTo();
    }

    public Variable mean() {
        return sum().div(value.size());
    }

    /** Sum over the given axes; keepDims leaves them as size 1. */
    public Variable sum(boolean keepDims, int... axes) {
        boolean[] picked = Shape.axes("sum", axes, value.rank());
        int[] kept = value.shape();
        for (int a = 0; a < kept.length; a++) if (picked[a]) kept[a] = 1;
        Variable s = sumTo(kept);
        return keepDims ? s : s.reshape(unpicked(value.shape(), picked));
    }

    public Variable mean(boolean keepDims, int... axes) {
        int count = 1;
        for (int ax : axes) count *= value.dim(ax);
        return sum(keepDims, axes).div(count);
    }

    private static int[] unpicked(int[] shape, boolean[] picked) {
        return IntStream.range(0, shape.length).filter(a -> !picked[a]).map(a -> shape[a]).toArray();
    }

    public Variable exp() {
        return new Exp().call(this);
    }

    /** Natural log: -inf at 0, NaN below. */
    public Variable log() {
        return new Log().call(this);
    }

    public Variable sqrt() {
        return new Sqrt().call(this);
    }

    /** |x|, with gradient 0 at x = 0. */
    public Variable abs() {
        return new Abs().call(this);
    }

    /** x^p with Math.pow's rules (NaN for negative x and non-integer p). */
    public Variable pow(float p) {
        return new Pow(p).call(this);
    }

    /** min(max(x, lo), hi); gradient 1 for lo <= x <= hi, 0 outside. */
    public Variable clamp(float lo, float hi) {
        return new Clamp(lo, hi).call(this);
    }

    /** Elementwise max, broadcasting; ties split the gradient in half. */
    public Variable maximum(Variable o) {
        return new Maximum().call(this, o);
    }

    /** Elementwise min, broadcasting; ties split the gradient in half. */
    public Variable minimum(Variable o) {
        return new Minimum().call(this, o);
    }

    public Variable relu() {
        return new Relu().call(this);
    }

    /** x for x > 0, slope * x elsewhere. No default on purpose: PyTorch uses 0.01, Keras 0.3, DCGAN 0.2. */
    public Variable leakyRelu(float slope) {
        return new LeakyRelu(slope).call(this);
    }

    public Variable tanh() {
        return new Tanh().call(this);
    }

    public Variable sigmoid() {
        return new Sigmoid().call(this);
    }

    /** log(1 + e^x), finite for every finite x. */
    public Variable softplus() {
        return new Softplus().call(this);
    }

    /** log(sigmoid(x)) = -softplus(-x), finite for every finite x. */
    public Variable logSigmoid() {
        return new LogSigmoid().call(this);
    }

    /** Swaps axes a and b (negative axes count from the end). */
    public Variable transpose(int a, int b) {
        return new Transpose(a, b).call(this);
    }

    /** Reorders axes: output axis i is this variable's axis {@code axes[i]} (e.g. NCHW to NHWC is 0, 2, 3, 1). */
    public Variable permute(int... axes) {
        return new Permute(axes).call(this);
    }

    /** Joins the parts along {@code axis}; they must agree on every other axis. */
    public static Variable concat(int axis, Variable... parts) {
        return new Concat(axis).call(parts);
    }

    /** Indices [from, to) of {@code axis}. */
    public Variable slice(int axis, int from, int to) {
        return new Slice(axis, from, to).call(this);
    }

    /** Rows {@code rows[k]} of axis 0, in order; rows may repeat (their gradients add). */
    public Variable indexSelect(int[] rows) {
        return new IndexSelect(rows).call(this);
    }

    /**
     * Population variance (divides by N, as batch normalisation does) over the given axes, or
     * over every axis when none are given; keepDims leaves them as size 1.
     */
    public Variable variance(boolean keepDims, int... axes) {
        int[] over = varianceAxes(axes);
        Variable centred = sub(mean(true, over));
        return centred.square().mean(keepDims, over);
    }

    private int[] varianceAxes(int[] axes) {
        Shape.axes("variance", axes, value.rank());
        return axes.length == 0 ? IntStream.range(0, value.rank()).toArray() : axes.clone();
    }

    /** A constant [labels.length, classes] with a 1 at (k, labels[k]): conditioning input for conditional GANs. */
    public static Variable oneHot(int[] labels, int classes) {
        if (classes <= 0) throw new IllegalArgumentException("oneHot: classes must be positive, got " + classes);
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] < 0 || labels[k] >= classes) {
                throw new IllegalArgumentException("oneHot: label " + labels[k] + " at position " + k + " out of range for " + classes + " classes");
            }
        }
        return constant(Gather.oneHot(labels, classes));
    }

    /**
     * 2-D convolution (cross-correlation, as PyTorch's conv2d) of this [N, C, H, W] with w [F, C, KH, KW] plus
     * b [F] (null for none): [N, F, (H + 2·padding - KH) / stride + 1, (W + 2·padding - KW) / stride + 1].
     * Differentiable twice in every input.
     */
    public Variable conv2d(Variable w, Variable b, int stride, int padding) {
        Conv2dOp op = new Conv2dOp(stride, padding);
        return b == null ? op.call(this, w) : op.call(this, w, b);
    }

    /**
     * Transposed 2-D convolution (PyTorch's conv_transpose2d) of this [N, Cin, H, W] with w [Cin, Cout, KH, KW]
     * plus b [Cout] (null for none): [N, Cout, (H - 1)·stride - 2·padding + KH + outputPadding, same for W], with
     * 0 <= outputPadding < stride. Differentiable twice in every input.
     */
    public Variable convTranspose2d(Variable w, Variable b, int stride, int padding, int outputPadding) {
        ConvTranspose2dOp op = new ConvTranspose2dOp(stride, padding, outputPadding);
        return b == null ? op.call(this, w) : op.call(this, w, b);
    }

    // Comparisons give constants: 0/1 masks with no gradient, kept apart from the differentiable ops above.

    /** 1 where this > o (broadcasting), else 0. */
    public Variable gt(Variable o) {
        return compare("gt", Compare.Op.GT, o);
    }

    public Variable gt(float c) {
        return gt(scalar(c));
    }

    public Variable lt(Variable o) {
        return compare("lt", Compare.Op.LT, o);
    }

    public Variable lt(float c) {
        return lt(scalar(c));
    }

    public Variable ge(Variable o) {
        return compare("ge", Compare.Op.GE, o);
    }

    public Variable ge(float c) {
        return ge(scalar(c));
    }

    public Variable le(Variable o) {
        return compare("le", Compare.Op.LE, o);
    }

    public Variable le(float c) {
        return le(scalar(c));
    }

    public Variable eq(Variable o) {
        return compare("eq", Compare.Op.EQ, o);
    }

    public Variable eq(float c) {
        return eq(scalar(c));
    }

    private Variable compare(String name, Compare.Op op, Variable o) {
        return constant(Compare.apply(name, op, value, o.value));
    }

    @Override
    public String toString() {
        return "Variable(" + value + (requiresGrad ? ", requiresGrad" : "") + (creator != null ? ", " + creator.name() : "") + ")";
    }
}
