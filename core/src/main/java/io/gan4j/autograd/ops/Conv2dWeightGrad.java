package io.gan4j.autograd.ops;

import io.gan4j.autograd.Function;
import io.gan4j.autograd.Variable;
import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import io.gan4j.tensor.kernel.conv.Conv2d;
import io.gan4j.tensor.kernel.conv.ConvGeometry;
import java.util.Arrays;

/**
 * dw [F, C, KH, KW] of conv2d from the image x [N, C, H, W] and the output gradient dy [N, F, OH, OW]:
 * dw[f,c,i,j] = sum over n, oh, ow of dy[n,f,oh,ow] · x[n,c,oh·s-p+i,ow·s-p+j]. Inputs are (x, dy).
 *
 * <p>It is bilinear: ⟨g, dw(x, dy)⟩ = ⟨dy, conv2d(x, g)⟩ = ⟨x, conv_transpose2d(dy, g)⟩, so its gradients are
 * conv_transpose2d(dy, g) for x (sized back to H x W) and conv2d(x, g) for dy, both ops again.
 */
public final class Conv2dWeightGrad extends Function {
    static final String NAME = "conv2d_weight_grad";

    private final int stride;
    private final int padding;
    private final int kernelHeight;
    private final int kernelWidth;

    public Conv2dWeightGrad(int stride, int padding, int kernelHeight, int kernelWidth) {
        this.stride = stride;
        this.padding = padding;
        this.kernelHeight = kernelHeight;
        this.kernelWidth = kernelWidth;
    }

    @Override
    protected Tensor forward(Tensor... in) {
        Tensor x = in[0], dy = in[1];
        int[] xs = x.shape(), dys = dy.shape();
        ConvShapes.requireRank4(NAME, "output gradient", dys);
        ConvShapes.requireRank4(NAME, "input", xs);
        int[] wShape = {dys[1], xs[1], kernelHeight, kernelWidth};
        ConvGeometry g = ConvShapes.conv(NAME, xs, wShape, stride, padding);
        if (!Arrays.equals(g.outputShape(), dys)) {
            throw new ShapeException(NAME + ": input " + Shape.str(xs) + " with kernel " + kernelHeight + "x" + kernelWidth
                    + ", stride " + stride + ", padding " + padding + " gives output " + Shape.str(g.outputShape())
                    + ", but the output gradient is " + Shape.str(dys));
        }
        float[] dw = new float[Shape.size(wShape)];
        Conv2d.backwardWeight(g, x.data(), dy.data(), dw);
        return Tensor.of(dw, wShape);
    }

    @Override
    protected Variable[] backward(Variable gw, boolean[] needsGrad) {
        Variable x = input(0), dy = input(1);
        return new Variable[] {
            needsGrad[0] ? ConvTranspose2dOp.toSize(stride, padding, x.dim(2), x.dim(3)).call(dy, gw) : null,
            needsGrad[1] ? new Conv2dOp(stride, padding).call(x, gw) : null
        };
    }

    @Override
    public String name() {
        return NAME;
    }
}
