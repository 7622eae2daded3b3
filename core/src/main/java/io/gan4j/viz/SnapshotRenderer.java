package io.gan4j.viz;

import io.gan4j.data.Labelled;
import io.gan4j.loss.Objective;
import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import io.gan4j.train.DataColumns;
import io.gan4j.train.DecisionShading;
import io.gan4j.train.Fooled;
import io.gan4j.train.Gan;
import io.gan4j.train.GanFactory;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Draws a GAN's state as a {@link ScatterFrame}: a fixed sample of real points, generated points
 * from a fixed latent stream (so an animation shows the same points moving), each coloured by
 * whether it fooled D, and D's decision map behind them (for 2-D data). The networks see
 * standardised data: grid points are mapped to it before D judges them, generated points back to
 * the data's units before they are drawn. The axes are fixed once, around the real sample.
 * Non-finite points are left out, and the title says how many.
 */
public final class SnapshotRenderer {
    public static final int POINTS = 1000;
    public static final int GRID = 60;
    public static final double MARGIN = 0.1;

    private final GanFactory.Setup setup;
    private final long seed;
    private final Points real;
    private final Tensor realSample;
    /** The real points' classes when the GAN is conditional, else null. */
    private final int[] realLabels;
    private final PlotWindow window;
    private final List<String> columns;

    public SnapshotRenderer(GanFactory.Setup setup, long seed) {
        if (setup.data().dim() < 2) throw new IllegalArgumentException("SnapshotRenderer: needs examples of 2 or more values, got " + setup.data().dim());
        this.setup = setup;
        this.seed = seed;
        int d = setup.data().dim();
        Rng realRng = Rng.at(seed, "viz", 0);
        Labelled labelled = setup.gan().isConditional() ? setup.data().sampleLabelled(POINTS, realRng) : null;
        this.realSample = (labelled != null ? labelled.examples() : setup.data().sample(POINTS, realRng)).reshape(POINTS, d);
        this.realLabels = labelled != null ? labelled.labels() : null;
        this.real = Points.columns(realSample, 0, 1);
        this.window = PlotWindow.around(real, MARGIN);
        this.columns = DataColumns.of(setup.data());
    }

    /** Whether the data can be drawn as a scatter (2 or more values per example). */
    public static boolean canDraw(GanFactory.Setup setup) {
        return setup.data().dim() >= 2;
    }

    public BufferedImage render(String title, long iteration, ScatterStyle style) {
        return ScatterFrame.render(snapshot(title, iteration), style);
    }

    /** @param title the caption when all is well; warnings about non-finite values replace its figures */
    public ScatterSnapshot snapshot(String title, long iteration) {
        Gan gan = setup.gan();
        int d = setup.data().dim();
        Rng fakeRng = Rng.at(seed, "viz", 1);
        Labelled labelled = gan.isConditional() ? gan.sampleLabelled(POINTS, fakeRng) : null;
        int[] fakeLabels = labelled != null ? labelled.labels() : null;
        Tensor generated = (labelled != null ? labelled.examples() : gan.sample(POINTS, fakeRng)).reshape(POINTS, d);
        float[] raw = gan.judge(generated, fakeLabels).data();
        Tensor inData = setup.toData(generated);
        boolean[] keep = finiteRows(inData, raw);
        int kept = count(keep);
        Points fake = select(Points.columns(inData, 0, 1), keep, kept);
        boolean[] all = Fooled.flags(setup, raw, realSample, realLabels), fooled = new boolean[kept];
        for (int i = 0, k = 0; i < POINTS; i++) {
            if (keep[i]) fooled[k++] = all[i];
        }
        // A conditional D draws a different map for every class: none is shown rather than one that misleads.
        DecisionMap map = d == 2 && !gan.isConditional() ? decisionMap() : null;
        ScatterSnapshot.Classes classes = gan.isConditional()
                ? new ScatterSnapshot.Classes(gan.classNames(), realLabels, selectLabels(fakeLabels, keep, kept)) : null;
        return new ScatterSnapshot(withWarnings(title, iteration, POINTS - kept, map), real, fake, fooled, map, window, columns.get(0),
                columns.get(1), classes);
    }

    /** Titles have room for one short warning, so it takes the place of the loss figures. */
    private static String withWarnings(String title, long iteration, int notFinite, DecisionMap map) {
        if (notFinite > 0) return String.format(Locale.ROOT, "iteration %,d — %,d of %,d generated points not finite", iteration, notFinite, POINTS);
        if (map != null && hasNaN(map.values())) return String.format(Locale.ROOT, "iteration %,d — D not finite on the grey part", iteration);
        return title;
    }

    private DecisionMap decisionMap() {
        Tensor grid = DecisionMap.cellCentres(GRID, GRID, window);
        float[] raw = setup.gan().judge(setup.fromData(grid)).data();
        Objective objective = setup.gan().objective();
        return new DecisionMap(DecisionShading.shade(objective, raw), GRID, GRID, window, DecisionScale.scale(objective, raw));
    }

    private static boolean[] finiteRows(Tensor rows, float[] raw) {
        int n = rows.dim(0), d = rows.dim(1);
        float[] v = rows.data();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean ok = Float.isFinite(raw[i]);
            for (int j = 0; j < d && ok; j++) ok = Float.isFinite(v[i * d + j]);
            keep[i] = ok;
        }
        return keep;
    }

    private static Points select(Points all, boolean[] keep, int kept) {
        float[] xs = new float[kept], ys = new float[kept];
        for (int i = 0, k = 0; i < keep.length; i++) {
            if (!keep[i]) continue;
            xs[k] = all.xs()[i];
            ys[k++] = all.ys()[i];
        }
        return new Points(xs, ys);
    }

    private static int[] selectLabels(int[] labels, boolean[] keep, int kept) {
        int[] out = new int[kept];
        for (int i = 0, k = 0; i < keep.length; i++) if (keep[i]) out[k++] = labels[i];
        return out;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) if (f) n++;
        return n;
    }

    private static boolean hasNaN(float[] values) {
        for (float v : values) if (Float.isNaN(v)) return true;
        return false;
    }
}
