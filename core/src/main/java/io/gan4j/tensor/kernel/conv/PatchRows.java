package io.gan4j.tensor.kernel.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Unfolds one image position by position, for the small-patch weight gradient ({@link PatchWeightGradient}): row p
 * holds the patch read for output position p, tap {@code (c, kh, kw)} at {@code p * rowLength() + (c*KH + kh)*KW + kw},
 * 0 in the padding. Rows are padded with zeros to whole vectors. This is the transpose of {@link PatchColumns}' layout.
 */
final class PatchRows {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;

    private final ConvGeometry g;
    private final int rowLength;
    /** offsets[p * rowLength + t]: the pixel read, from the start of the image (0 where outside). */
    private final int[] offsets;
    /** inside[same index]: false in the padding and past the last tap. */
    private final boolean[] inside;

    PatchRows(ConvGeometry g) {
        this.g = g;
        this.rowLength = LANES.length() * Math.ceilDiv(g.patchSize(), LANES.length());
        this.offsets = new int[g.outPlane() * rowLength];
        this.inside = new boolean[offsets.length];
        fillTables();
    }

    /** Taps per row, rounded up to whole vectors. */
    int rowLength() {
        return rowLength;
    }

    /** Floats in one image's unfolded patches. */
    int size() {
        return offsets.length;
    }

    /** patches = unfold(x[image]) by position, every row including its padding written. */
    void unfold(float[] x, int image, float[] patches) {
        Im2col.gather(x, image * g.inChannels() * g.inPlane(), offsets, inside, 0, patches, 0, offsets.length);
    }

    private void fillTables() {
        int ow = g.outWidth(), kh = g.kernelHeight(), kw = g.kernelWidth();
        for (int p = 0; p < g.outPlane(); p++) {
            int top = p / ow * g.stride() - g.padding(), left = p % ow * g.stride() - g.padding();
            for (int t = 0; t < g.patchSize(); t++) {
                int c = t / (kh * kw), ih = top + t / kw % kh, iw = left + t % kw;
                boolean in = ih >= 0 && ih < g.inHeight() && iw >= 0 && iw < g.inWidth();
                inside[p * rowLength + t] = in;
                offsets[p * rowLength + t] = in ? c * g.inPlane() + ih * g.inWidth() + iw : 0;
            }
        }
    }
}
