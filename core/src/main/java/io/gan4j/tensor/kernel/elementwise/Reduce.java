package io.gan4j.tensor.kernel.elementwise;

import io.gan4j.tensor.Shape;
import io.gan4j.tensor.ShapeException;
import io.gan4j.tensor.Tensor;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/** Sum reductions in a fixed order, so results never depend on threads or timing. */
public final class Reduce {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private Reduce() {}

    static float sum(float[] x, int from, int to) {
        FloatVector acc = FloatVector.zero(S);
        int i = from, bound = from + S.loopBound(to - from);
        for (; i < bound; i += S.length()) acc = acc.add(FloatVector.fromArray(S, x, i));
        // Lanes are added one by one, in order: reduceLanes(ADD) leaves the order open, and C2
        // and the interpreter do choose different orders (measured), which breaks same seed, same bits.
        float s = 0f;
        for (int lane = 0; lane < S.length(); lane++) s += acc.lane(lane);
        for (; i < to; i++) s += x[i];
        return s;
    }

    /**
     * Sums {@code a} down to {@code target}, a shape that broadcasts to a's shape (the adjoint
     * of broadcasting). Leading axes missing from target are summed away.
     *
     * <p>After merging neighbouring axes that are all summed or all kept, the common layouts get
     * contiguous loops: summed then kept (a bias row), kept then summed ([n, d] to [n, 1]),
     * summed-kept-summed (NCHW to [1, C, 1, 1]) and kept-summed-kept; anything else goes through
     * per-element offsets. Each path adds in a fixed order.
     */
    public static Tensor sumTo(Tensor a, int[] target) {
        int[] in = a.shape();
        if (Arrays.equals(in, target)) return a;
        if (!Arrays.equals(Shape.broadcast("sumTo", target, in), in)) {
            throw new ShapeException("sumTo: shape " + Shape.str(in) + " cannot be summed to " + Shape.str(target));
        }
        float[] r = new float[Shape.size(target)];
        float[] x = a.data();
        if (x.length == 0) return Tensor.of(r, target);
        if (r.length == 1) {
            r[0] = sum(x, 0, x.length);
            return Tensor.of(r, target);
        }
        Runs runs = Runs.of(target, in);
        int[] n = runs.sizes;
        switch (runs.pattern) {
            case "K" -> System.arraycopy(x, 0, r, 0, r.length);
            case "SK" -> sumRows(x, 0, n[0], r, 0, n[1]);
            case "KS" -> sumWithinRows(x, r, n[1]);
            case "SKS" -> sumMiddle(x, r, n[0], n[1], n[2]);
            case "KSK" -> {
                for (int o = 0; o < n[0]; o++) sumRows(x, o * n[1] * n[2], n[1], r, o * n[2], n[2]);
            }
            default -> sumGeneric(x, target, in, r);
        }
        return Tensor.of(r, target);
    }

    /** The reference path: every element added into its target offset, in order. */
    static Tensor sumToGeneric(Tensor a, int[] target) {
        float[] r = new float[Shape.size(target)];
        sumGeneric(a.data(), target, a.shape(), r);
        return Tensor.of(r, target);
    }

    private static void sumGeneric(float[] x, int[] target, int[] in, float[] r) {
        int[] offs = Broadcast.offsets(target, in);
        for (int i = 0; i < x.length; i++) r[offs[i]] += x[i];
    }

    /** r[j] += x[xOff + row * w + j] over {@code rows} rows, rows in order. */
    private static void sumRows(float[] x, int xOff, int rows, float[] r, int rOff, int w) {
        int bound = S.loopBound(w);
        for (int row = 0; row < rows; row++) {
            int base = xOff + row * w;
            int j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector.fromArray(S, r, rOff + j).add(FloatVector.fromArray(S, x, base + j)).intoArray(r, rOff + j);
            }
            for (; j < w; j++) r[rOff + j] += x[base + j];
        }
    }

    /** r[i] = sum of the i-th run of {@code w} consecutive elements. */
    private static void sumWithinRows(float[] x, float[] r, int w) {
        for (int i = 0; i < r.length; i++) r[i] = sum(x, i * w, (i + 1) * w);
    }

    /** x as [outer, kept, inner]: r[k] = sum over outer (in order) of each inner run's sum. */
    private static void sumMiddle(float[] x, float[] r, int outer, int kept, int inner) {
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < kept; k++) {
                int from = (o * kept + k) * inner;
                r[k] += sum(x, from, from + inner);
            }
        }
    }

    /**
     * The input's axes merged into alternating runs of summed (S) and kept (K) axes, with each
     * run's element count; size-1 input axes join either kind.
     */
    private record Runs(String pattern, int[] sizes) {
        static Runs of(int[] target, int[] in) {
            StringBuilder pattern = new StringBuilder();
            int[] sizes = new int[in.length];
            int lead = in.length - target.length;
            for (int i = 0; i < in.length; i++) {
                if (in[i] == 1) continue;
                char kind = i < lead || target[i - lead] == 1 ? 'S' : 'K';
                int last = pattern.length() - 1;
                if (last >= 0 && pattern.charAt(last) == kind) {
                    sizes[last] *= in[i];
                } else {
                    pattern.append(kind);
                    sizes[last + 1] = in[i];
                }
            }
            return new Runs(pattern.toString(), Arrays.copyOf(sizes, pattern.length()));
        }
    }

}
