package io.gan4j.tensor.kernel.conv;

/**
 * Direct-loop convolutions in double, straight from the definitions, as the oracle for the kernel tests.
 * Each result comes with the sum of absolute terms per element, to scale the float tolerance.
 */
final class NaiveConv {
    private NaiveConv() {}

    record Result(double[] values, double[] magnitudes) {}

    /** y[n,f,oh,ow] = b[f] + sum x[n,c,oh*s-p+kh,ow*s-p+kw] * w[f,c,kh,kw]. */
    static Result conv(ConvGeometry g, float[] x, float[] w, float[] bias) {
        int oh = g.outHeight(), ow = g.outWidth();
        double[] y = new double[g.batch() * g.outChannels() * oh * ow];
        double[] mag = new double[y.length];
        for (int n = 0; n < g.batch(); n++) for (int f = 0; f < g.outChannels(); f++)
            for (int i = 0; i < oh; i++) for (int j = 0; j < ow; j++) {
                int out = ((n * g.outChannels() + f) * oh + i) * ow + j;
                double b = bias == null ? 0 : bias[f];
                y[out] = b;
                mag[out] = Math.abs(b);
                for (int c = 0; c < g.inChannels(); c++) for (int kh = 0; kh < g.kernelHeight(); kh++)
                    for (int kw = 0; kw < g.kernelWidth(); kw++) {
                        int ih = i * g.stride() - g.padding() + kh, iw = j * g.stride() - g.padding() + kw;
                        if (ih < 0 || ih >= g.inHeight() || iw < 0 || iw >= g.inWidth()) continue;
                        double term = (double) x[((n * g.inChannels() + c) * g.inHeight() + ih) * g.inWidth() + iw]
                                * w[((f * g.inChannels() + c) * g.kernelHeight() + kh) * g.kernelWidth() + kw];
                        y[out] += term;
                        mag[out] += Math.abs(term);
                    }
            }
        return new Result(y, mag);
    }

    /**
     * PyTorch's conv_transpose2d by scattering: every input x[n,i,h,w] adds x * w[i,o,kh,kw] to
     * y[n,o,h*s-p+kh,w*s-p+kw]; x has the column-side shape and y the image-side shape of g.
     */
    static Result transposed(ConvGeometry g, float[] x, float[] w, float[] bias) {
        int h = g.inHeight(), wd = g.inWidth(), oh = g.outHeight(), ow = g.outWidth();
        double[] y = new double[g.batch() * g.inChannels() * h * wd];
        double[] mag = new double[y.length];
        for (int n = 0; n < g.batch(); n++) for (int o = 0; o < g.inChannels(); o++) for (int e = 0; e < h * wd; e++) {
            int out = (n * g.inChannels() + o) * h * wd + e;
            y[out] = bias == null ? 0 : bias[o];
            mag[out] = Math.abs(y[out]);
        }
        for (int n = 0; n < g.batch(); n++) for (int i = 0; i < g.outChannels(); i++)
            for (int r = 0; r < oh; r++) for (int q = 0; q < ow; q++) {
                float xv = x[((n * g.outChannels() + i) * oh + r) * ow + q];
                for (int o = 0; o < g.inChannels(); o++) for (int kh = 0; kh < g.kernelHeight(); kh++)
                    for (int kw = 0; kw < g.kernelWidth(); kw++) {
                        int yh = r * g.stride() - g.padding() + kh, yw = q * g.stride() - g.padding() + kw;
                        if (yh < 0 || yh >= h || yw < 0 || yw >= wd) continue;
                        int out = ((n * g.inChannels() + o) * h + yh) * wd + yw;
                        double term = (double) xv * w[((i * g.inChannels() + o) * g.kernelHeight() + kh) * g.kernelWidth() + kw];
                        y[out] += term;
                        mag[out] += Math.abs(term);
                    }
            }
        return new Result(y, mag);
    }

    /** dw[f,c,kh,kw] = sum over n, oh, ow of dy[n,f,oh,ow] * x[n,c,oh*s-p+kh,ow*s-p+kw]. */
    static Result weightGradient(ConvGeometry g, float[] x, float[] dy) {
        int oh = g.outHeight(), ow = g.outWidth();
        double[] dw = new double[g.outChannels() * g.patchSize()];
        double[] mag = new double[dw.length];
        for (int f = 0; f < g.outChannels(); f++) for (int c = 0; c < g.inChannels(); c++)
            for (int kh = 0; kh < g.kernelHeight(); kh++) for (int kw = 0; kw < g.kernelWidth(); kw++) {
                int out = ((f * g.inChannels() + c) * g.kernelHeight() + kh) * g.kernelWidth() + kw;
                for (int n = 0; n < g.batch(); n++) for (int i = 0; i < oh; i++) for (int j = 0; j < ow; j++) {
                    int ih = i * g.stride() - g.padding() + kh, iw = j * g.stride() - g.padding() + kw;
                    if (ih < 0 || ih >= g.inHeight() || iw < 0 || iw >= g.inWidth()) continue;
                    double term = (double) dy[((n * g.outChannels() + f) * oh + i) * ow + j]
                            * x[((n * g.inChannels() + c) * g.inHeight() + ih) * g.inWidth() + iw];
                    dw[out] += term;
                    mag[out] += Math.abs(term);
                }
            }
        return new Result(dw, mag);
    }

    /** Per-channel sums of [N, channels, plane] values. */
    static Result channelSums(float[] values, int batch, int channels, int plane) {
        double[] sums = new double[channels], mag = new double[channels];
        for (int n = 0; n < batch; n++) for (int c = 0; c < channels; c++)
            for (int e = 0; e < plane; e++) {
                float v = values[(n * channels + c) * plane + e];
                sums[c] += v;
                mag[c] += Math.abs(v);
            }
        return new Result(sums, mag);
    }
}
