package io.gan4j.tensor.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Unfolds one image into a column matrix and folds such a matrix back, for the small-patch kernels
 * ({@link SmallPatchConv}). Row {@code (c, kh, kw)} holds, at {@code row * rowLength() + oh * OW + ow}, the pixel
 * that tap reads for that output position (0 in the padding). Rows are padded with zeros to whole vectors, so the
 * kernels load every row in whole vectors and the padding adds nothing to the weight gradient.
 */
final class PatchColumns {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;

    private final ConvGeometry g;
    private final int rowLength;
    /** offsets[tap * rowLength + p]: the pixel of a channel plane read for that tap and position (0 where outside). */
    private final int[] offsets;
    /** inside[same index]: false in the padding and beyond the last output position. */
    private final boolean[] inside;
    private final Im2col.FoldTable foldTable;

    PatchColumns(ConvGeometry g) {
        this.g = g;
        this.rowLength = LANES.length() * Math.ceilDiv(g.outPlane(), LANES.length());
        int size = g.kernelHeight() * g.kernelWidth() * rowLength;
        this.offsets = new int[size];
        this.inside = new boolean[size];
        this.foldTable = Im2col.FoldTable.of(g, rowLength);
        fillTables();
    }

    /** Output positions per row, rounded up to whole vectors. */
    int rowLength() {
        return rowLength;
    }

    /** Floats in one image's column matrix. */
    int size() {
        return g.patchSize() * rowLength;
    }

    /** cols = unfold(x[image]), every row including its padding written. */
    void unfold(float[] x, int image, float[] cols) {
        int taps = g.kernelHeight() * g.kernelWidth();
        for (int c = 0, row = 0; c < g.inChannels(); c++) {
            int base = (image * g.inChannels() + c) * g.inPlane();
            for (int tap = 0; tap < taps; tap++, row++) gatherRow(x, base, tap * rowLength, cols, row * rowLength);
        }
    }

    /** target[image] = fold(cols) + bias (bias over the image's channels; may be null). */
    void fold(float[] cols, float[] target, int image, float[] bias) {
        int plane = g.inPlane(), taps = g.kernelHeight() * g.kernelWidth();
        int first = image * g.inChannels() * plane;
        for (int c = 0; c < g.inChannels(); c++) foldTable.sumInto(cols, c * taps * rowLength, target, first + c * plane, plane);
        if (bias != null) ChunkConv.addChannelBias(target, first, g.inChannels(), plane, bias);
    }

    private void gatherRow(float[] x, int base, int table, float[] cols, int to) {
        Im2col.gather(x, base, offsets, inside, table, cols, to, rowLength);
    }

    private void fillTables() {
        int ow = g.outWidth(), s = g.stride(), p = g.padding();
        for (int kh = 0, e = 0; kh < g.kernelHeight(); kh++) {
            for (int kw = 0; kw < g.kernelWidth(); kw++, e += rowLength) {
                for (int pos = 0; pos < g.outPlane(); pos++) {
                    int ih = pos / ow * s - p + kh, iw = pos % ow * s - p + kw;
                    boolean in = ih >= 0 && ih < g.inHeight() && iw >= 0 && iw < g.inWidth();
                    inside[e + pos] = in;
                    offsets[e + pos] = in ? ih * g.inWidth() + iw : 0;
                }
            }
        }
    }
}
