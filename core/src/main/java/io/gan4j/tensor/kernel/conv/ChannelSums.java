package io.gan4j.tensor.kernel.conv;

import io.gan4j.tensor.kernel.parallel.Parallel;
import io.gan4j.tensor.kernel.parallel.ParallelRange;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Per-channel sums of an NCHW array, the convolutions' bias gradients: {@code sums[c] = sum over n and i of
 * values[n, c, i]} in a fixed order. Float lanes collect the vector-aligned part of every plane; then the lanes, in
 * lane order, and the planes' tails, in index order, are added in double.
 *
 * <p>Each sum is a chain of dependent additions, so four channels run side by side to overlap their chains; that
 * changes no sum's order. Groups of channels are spread over the engine's threads.
 */
final class ChannelSums {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    private static final int L = LANES.length();
    private static final int GROUP = 4;

    private ChannelSums() {}

    static void of(float[] values, int batch, int channels, int plane, float[] sums) {
        ParallelRange.run(Math.ceilDiv(channels, GROUP), Parallel.threads(), group -> {
            int c = group * GROUP;
            if (c + GROUP <= channels) {
                sumFour(values, batch, channels, plane, c, sums);
            } else {
                for (; c < channels; c++) sumOne(values, batch, channels, plane, c, sums);
            }
        });
    }

    private static void sumFour(float[] values, int batch, int channels, int plane, int c, float[] sums) {
        int aligned = LANES.loopBound(plane);
        FloatVector a0 = FloatVector.zero(LANES), a1 = a0, a2 = a0, a3 = a0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        for (int n = 0; n < batch; n++) {
            int f0 = (n * channels + c) * plane, f1 = f0 + plane, f2 = f1 + plane, f3 = f2 + plane;
            for (int i = 0; i < aligned; i += L) {
                a0 = a0.add(FloatVector.fromArray(LANES, values, f0 + i));
                a1 = a1.add(FloatVector.fromArray(LANES, values, f1 + i));
                a2 = a2.add(FloatVector.fromArray(LANES, values, f2 + i));
                a3 = a3.add(FloatVector.fromArray(LANES, values, f3 + i));
            }
            for (int i = aligned; i < plane; i++) {
                t0 += values[f0 + i];
                t1 += values[f1 + i];
                t2 += values[f2 + i];
                t3 += values[f3 + i];
            }
        }
        sums[c] = total(a0.toArray(), t0);
        sums[c + 1] = total(a1.toArray(), t1);
        sums[c + 2] = total(a2.toArray(), t2);
        sums[c + 3] = total(a3.toArray(), t3);
    }

    private static void sumOne(float[] values, int batch, int channels, int plane, int c, float[] sums) {
        int aligned = LANES.loopBound(plane);
        FloatVector lanes = FloatVector.zero(LANES);
        double tails = 0;
        for (int n = 0; n < batch; n++) {
            int from = (n * channels + c) * plane;
            for (int i = 0; i < aligned; i += L) lanes = lanes.add(FloatVector.fromArray(LANES, values, from + i));
            for (int i = aligned; i < plane; i++) tails += values[from + i];
        }
        sums[c] = total(lanes.toArray(), tails);
    }

    private static float total(float[] laneSums, double tails) {
        double total = 0;
        for (float v : laneSums) total += v;
        return (float) (total + tails);
    }
}
