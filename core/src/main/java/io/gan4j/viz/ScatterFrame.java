package io.gan4j.viz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;

/**
 * A 2-D training snapshot in the manner of GAN Lab: real points, generated points coloured by
 * whether they fooled the discriminator, and the discriminator's decision map behind them.
 *
 * <p>XChart draws the title, axes and points on a transparent layer; the decision map is painted
 * underneath by hand, at the plot rectangle XChart reports through its screen-coordinate mapping,
 * because XChart cannot put a heat map behind a scatter. A colour bar for D(x) fills a strip on
 * the right and a {@link LegendRow} the bottom.
 */
public final class ScatterFrame {
    static final String REAL_LABEL = "real";
    static final String FOOLED_LABEL = "generated, fooled D";
    static final String CAUGHT_LABEL = "generated, caught by D";
    static final String FAKE_LABEL = "generated";
    private static final int COLOUR_BAR_STRIP = 76;
    private static final Color TRANSPARENT = new Color(255, 255, 255, 0);
    /** Real points of a conditional run are faint, so the generated ones of the same colour stand out. */
    private static final int REAL_CLASS_ALPHA = 45;

    private ScatterFrame() {}

    /** "iteration 10,000 — D loss 1.31, G loss 0.72". */
    public static String title(long iteration, double dLoss, double gLoss) {
        return String.format(Locale.ROOT, "iteration %,d — D loss %.2f, G loss %.2f", iteration, dLoss, gLoss);
    }

    public static BufferedImage render(ScatterSnapshot snapshot) {
        return render(snapshot, ScatterStyle.DEFAULT);
    }

    public static BufferedImage render(ScatterSnapshot snapshot, ScatterStyle style) {
        return draw(snapshot, style).image();
    }

    /** The picture and where its plot area landed (tests look up pixels by data coordinates). */
    record Drawn(BufferedImage image, Rectangle plot) {
        int pixelX(PlotWindow w, double x) {
            return plot.x + (int) Math.round((x - w.xMin()) / w.width() * plot.width);
        }

        int pixelY(PlotWindow w, double y) {
            return plot.y + (int) Math.round((w.yMax() - y) / w.height() * plot.height);
        }
    }

    static Drawn draw(ScatterSnapshot snapshot, ScatterStyle style) {
        boolean withMap = snapshot.decision() != null;
        int chartWidth = withMap ? style.width() - COLOUR_BAR_STRIP : style.width();
        int chartHeight = style.height() - LegendRow.HEIGHT;
        XYChart chart = chart(snapshot, style, chartWidth, chartHeight);
        BufferedImage layer = new BufferedImage(chartWidth, chartHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D lg = layer.createGraphics();
        chart.paint(lg, chartWidth, chartHeight);
        lg.dispose();

        BufferedImage out = new BufferedImage(style.width(), style.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, style.width(), style.height());
        Rectangle plot = plotArea(chart, snapshot.window());
        if (withMap) DecisionMapPainter.paintMap(g, snapshot.decision(), chart, plot, style.mapOpacity());
        g.drawImage(layer, 0, 0, null);
        LegendRow.paint(g, legend(snapshot), plot.x + plot.width / 2, style.height() - LegendRow.HEIGHT / 2 - 2);
        if (withMap) DecisionMapPainter.paintColourBar(g, new Rectangle(chartWidth + 10, plot.y, 14, plot.height),
                snapshot.decision().scale(), style.mapOpacity());
        g.dispose();
        return new Drawn(out, plot);
    }

    public static void writePng(ScatterSnapshot snapshot, Path target) {
        writePng(snapshot, ScatterStyle.DEFAULT, target);
    }

    public static void writePng(ScatterSnapshot snapshot, ScatterStyle style, Path target) {
        Png.write(render(snapshot, style), target);
    }

    private static List<LegendRow.Entry> legend(ScatterSnapshot s) {
        var dot = LegendRow.Swatch.DOT;
        if (s.classes() != null) return classLegend(s);
        if (s.fooled() == null) {
            return List.of(new LegendRow.Entry(REAL_LABEL, Palette.REAL, dot), new LegendRow.Entry(FAKE_LABEL, Palette.FOOLED, dot));
        }
        return List.of(new LegendRow.Entry(REAL_LABEL, Palette.REAL, dot), new LegendRow.Entry(FOOLED_LABEL, Palette.FOOLED, dot),
                new LegendRow.Entry(CAUGHT_LABEL, Palette.CAUGHT, dot));
    }

    /** One colour per class; filled for generated points that fooled D, a ring for those it caught, faint for real ones. */
    private static List<LegendRow.Entry> classLegend(ScatterSnapshot s) {
        List<LegendRow.Entry> entries = new ArrayList<>();
        for (int k = 0; k < s.classes().names().size(); k++) entries.add(new LegendRow.Entry(s.classes().names().get(k), Palette.seriesColor(k), LegendRow.Swatch.DOT));
        entries.add(new LegendRow.Entry("fooled", Palette.TEXT, LegendRow.Swatch.DOT));
        entries.add(new LegendRow.Entry("caught", Palette.TEXT, LegendRow.Swatch.RING));
        entries.add(new LegendRow.Entry("real", Palette.withAlpha(Palette.TEXT, REAL_CLASS_ALPHA), LegendRow.Swatch.DOT));
        return entries;
    }

    private static void addClassSeries(XYChart chart, ScatterSnapshot s, ScatterStyle style) {
        List<String> names = s.classes().names();
        int[] realClass = s.classes().real(), fakeClass = s.classes().fake();
        boolean[] fooled = s.fooled();
        for (int k = 0; k < names.size(); k++) {
            int c = k;
            Color colour = Palette.seriesColor(k);
            addSeries(chart, "real " + names.get(k), where(s.real(), i -> realClass[i] == c), Palette.withAlpha(colour, REAL_CLASS_ALPHA),
                    new EdgedCircle());
            addSeries(chart, names.get(k) + " fooled", where(s.fake(), i -> fakeClass[i] == c && (fooled == null || fooled[i])),
                    Palette.withAlpha(colour, style.pointAlpha()), new EdgedCircle());
            if (fooled != null) addSeries(chart, names.get(k) + " caught", where(s.fake(), i -> fakeClass[i] == c && !fooled[i]), colour, new Ring());
        }
    }

    /** The points whose index passes {@code keep}. */
    private static Points where(Points points, IntPredicate keep) {
        int n = 0;
        for (int i = 0; i < points.size(); i++) if (keep.test(i)) n++;
        float[] xs = new float[n], ys = new float[n];
        for (int i = 0, j = 0; i < points.size(); i++) {
            if (!keep.test(i)) continue;
            xs[j] = points.xs()[i];
            ys[j++] = points.ys()[i];
        }
        return new Points(xs, ys);
    }

    private static XYChart chart(ScatterSnapshot s, ScatterStyle style, int chartWidth, int chartHeight) {
        XYChart chart = ChartLook.newChart(chartWidth, chartHeight, s.title(), s.xLabel(), s.yLabel());
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(TRANSPARENT);
        styler.setPlotBackgroundColor(TRANSPARENT);
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        styler.setMarkerSize(style.markerSize());
        styler.setPlotContentSize(1.0);
        PlotWindow w = s.window();
        styler.setXAxisMin(w.xMin()).setXAxisMax(w.xMax()).setYAxisMin(w.yMin()).setYAxisMax(w.yMax());
        if (s.classes() != null) {
            addClassSeries(chart, s, style);
            return chart;
        }
        Color real = Palette.withAlpha(Palette.REAL, style.pointAlpha()), fooled = Palette.withAlpha(Palette.FOOLED, style.pointAlpha());
        addSeries(chart, REAL_LABEL, s.real(), real, new EdgedCircle());
        boolean[] flags = s.fooled();
        if (flags == null) {
            addSeries(chart, FAKE_LABEL, s.fake(), fooled, new EdgedCircle());
        } else {
            addSeries(chart, FOOLED_LABEL, where(s.fake(), i -> flags[i]), fooled, new EdgedCircle());
            addSeries(chart, CAUGHT_LABEL, where(s.fake(), i -> !flags[i]), Palette.withAlpha(Palette.CAUGHT, style.pointAlpha()), new EdgedCircle());
        }
        return chart;
    }

    private static void addSeries(XYChart chart, String name, Points points, Color colour, Marker marker) {
        int n = points.size();
        double[] xs = new double[Math.max(n, 1)], ys = new double[Math.max(n, 1)];
        if (n == 0) {
            // XChart rejects empty series and cannot lay out axes without one; an undrawable point stands in.
            xs[0] = Double.NaN;
            ys[0] = Double.NaN;
        }
        for (int i = 0; i < n; i++) {
            xs[i] = points.xs()[i];
            ys[i] = points.ys()[i];
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(marker);
        series.setMarkerColor(colour);
    }

    private static Rectangle plotArea(XYChart chart, PlotWindow w) {
        int x0 = (int) Math.round(chart.getScreenXFromChart(w.xMin()));
        int x1 = (int) Math.round(chart.getScreenXFromChart(w.xMax()));
        int y0 = (int) Math.round(chart.getScreenYFromChart(w.yMax()));
        int y1 = (int) Math.round(chart.getScreenYFromChart(w.yMin()));
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }
}
