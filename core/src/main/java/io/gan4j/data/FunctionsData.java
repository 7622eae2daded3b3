package io.gan4j.data;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Several curves at once, each a class, for a conditional GAN: a point's class is drawn uniformly, then
 * {@code x ~ U(xMin, xMax)} and {@code y = f_class(x) + N(0, noise)}. Each family is a named {@link Formula}, written
 * {@code "name = formula"} in a config ({@code "sine = 2*sin(2*x)"}); {@link #target} gives one family as a
 * {@link FunctionTarget}, for its metrics.
 */
public final class FunctionsData implements RealData {
    public static final String NAME = "functions";
    /** Four shapes a learner tells apart at a glance, of similar heights over [−3, 3]. */
    public static final List<String> DEFAULT_FUNCTIONS = List.of("quadratic = x^2/3", "sine = 2*sin(2*x)", "cubic = x^3/9", "abs = abs(x)");

    private final List<String> names;
    private final List<FormulaData> targets;
    private final double xMin, xMax, noise;

    private FunctionsData(List<String> names, List<FormulaData> targets, double xMin, double xMax, double noise) {
        this.names = List.copyOf(names);
        this.targets = List.copyOf(targets);
        this.xMin = xMin;
        this.xMax = xMax;
        this.noise = noise;
    }

    /** Parses each {@code "name = formula"}; names must be distinct, and there must be at least two. */
    public static FunctionsData of(List<String> functions, double xMin, double xMax, double noise) {
        if (functions == null || functions.size() < 2) {
            throw Check.bad(NAME, "functions", "needs at least two entries \"name = formula\", got " + (functions == null ? 0 : functions.size()));
        }
        List<String> names = new ArrayList<>();
        List<FormulaData> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < functions.size(); i++) {
            String entry = functions.get(i), param = "functions[" + i + "]";
            int eq = entry.indexOf('=');
            String name = eq < 0 ? "" : entry.substring(0, eq).strip();
            if (name.isEmpty()) throw Check.bad(NAME, param, "must read \"name = formula\", e.g. \"sine = sin(x)\"; got \"" + entry + "\"");
            if (!seen.add(name)) throw Check.bad(NAME, param, "repeats the name '" + name + "'");
            names.add(name);
            try {
                targets.add(FormulaData.of(entry.substring(eq + 1).strip(), xMin, xMax, noise));
            } catch (FormulaException e) {
                throw Check.bad(NAME, param, "(" + name + "): " + e.getMessage());
            }
        }
        return new FunctionsData(names, targets, xMin, xMax, noise);
    }

    /** Family {@code k} alone, with the shared x-range and noise. */
    public FunctionTarget target(int k) {
        return targets.get(k);
    }

    @Override
    public List<String> classNames() {
        return names;
    }

    @Override
    public int[] exampleShape() {
        return new int[] {2};
    }

    @Override
    public Tensor sample(int n, Rng rng) {
        return sampleLabelled(n, rng).examples();
    }

    /** Per point: one draw for the class, one uniform for x, then one Gaussian for the noise when noise > 0. */
    @Override
    public Labelled sampleLabelled(int n, Rng rng) {
        Check.sampleCount(n);
        float[] points = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(targets.size());
            FormulaData t = targets.get(k);
            double x = xMin + (xMax - xMin) * rng.nextDouble();
            double y = t.function().applyAsDouble(x);
            if (noise > 0) y += noise * rng.nextGaussian();
            labels[i] = k;
            points[2 * i] = (float) x;
            points[2 * i + 1] = (float) y;
        }
        return new Labelled(Tensor.of(points, n, 2), labels);
    }

    /** Uniform over the families, as the data draws them. */
    @Override
    public int[] sampleLabels(int n, Rng rng) {
        Check.sampleCount(n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = rng.nextInt(targets.size());
        return labels;
    }

    @Override
    public String describe() {
        List<String> each = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) each.add(names.get(k) + ": y = " + targets.get(k).formula().text());
        return NAME + ": " + String.join("; ", each) + QuadraticData.noiseText(noise) + ", x ~ U(" + Text.num(xMin) + ", " + Text.num(xMax) + ")";
    }
}
