package io.gan4j.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Loss history against iteration, drawn with XChart: each series as a moving-average line over
 * its faint raw points, long histories thinned for drawing.
 */
public final class LossPlot {
    private static final int RAW_ALPHA = 55;
    private static final int RAW_MARKER = 3;
    private static final float LINE_WIDTH = 2f;
    private static final double ROBUST_TAIL = 0.01;
    private static final int AUTO_WINDOW_DIVISOR = 50;
    private static final double OFF_GRID_FRACTION = 0.41421356237;

    private LossPlot() {}

    public static BufferedImage render(List<LossSeries> series) {
        return render(series, LossPlotStyle.DEFAULT);
    }

    public static BufferedImage render(List<LossSeries> series, LossPlotStyle style) {
        requireDistinctNames(series);
        int window = smoothingWindow(series, style);
        int chartHeight = style.height() - LegendRow.HEIGHT;
        XYChart chart = ChartLook.newChart(style.width(), chartHeight, title(style, window), "iteration", "");
        chart.getStyler().setXAxisDecimalPattern("#,##0.##");
        List<LegendRow.Entry> legend = new ArrayList<>();
        double[] yRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < series.size(); i++) {
            Curve curve = Curve.finitePart(series.get(i));
            if (curve.size() == 0) continue;
            Color colour = Palette.seriesColor(i);
            addCurve(chart, series.get(i).name(), curve, window, colour, style, yRange);
            legend.add(new LegendRow.Entry(series.get(i).name(), colour, LegendRow.Swatch.LINE));
        }
        if (legend.isEmpty()) {
            addPlaceholder(chart);
        } else {
            if (style.robustRange()) setYRange(chart, yRange);
            avoidTickPerValue(chart, series);
        }

        BufferedImage out = new BufferedImage(style.width(), style.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, style.width(), style.height());
        chart.paint(g, style.width(), chartHeight);
        LegendRow.paint(g, legend, style.width() / 2, style.height() - LegendRow.HEIGHT / 2 - 2);
        g.dispose();
        return out;
    }

    public static void writePng(List<LossSeries> series, Path target) {
        writePng(series, LossPlotStyle.DEFAULT, target);
    }

    public static void writePng(List<LossSeries> series, LossPlotStyle style, Path target) {
        Png.write(render(series, style), target);
    }

    /** Trailing moving average; the first points average what is there so far. */
    static double[] movingAverage(double[] values, int window) {
        double[] out = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i >= window) sum -= values[i - window];
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    /** Indices 0, k, 2k, ... and the last one, about {@code max} in all. */
    static int[] thinnedIndices(int n, int max) {
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int stride = (n + max - 1) / max;
        int count = (n - 1) / stride + 1;
        boolean lastIncluded = (n - 1) % stride == 0;
        int[] idx = new int[lastIncluded ? count : count + 1];
        for (int k = 0; k < count; k++) idx[k] = k * stride;
        idx[idx.length - 1] = n - 1;
        return idx;
    }

    private static void addCurve(XYChart chart, String name, Curve curve, int window, Color colour, LossPlotStyle style, double[] yRange) {
        int[] keep = thinnedIndices(curve.size(), style.maxDrawnPoints());
        double[] line = window > 1 ? movingAverage(curve.values(), window) : curve.values();
        if (window > 1) {
            XYSeries raw = chart.addSeries(name + " (raw)", pick(curve.iterations(), keep), pick(curve.values(), keep));
            raw.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            raw.setMarker(new SizedCircle(RAW_MARKER));
            raw.setMarkerColor(Palette.withAlpha(colour, RAW_ALPHA));
        }
        XYSeries smooth = chart.addSeries(name, pick(curve.iterations(), keep), pick(line, keep));
        smooth.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        smooth.setMarker(SeriesMarkers.NONE);
        smooth.setLineColor(colour);
        smooth.setLineStyle(new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        widenRange(yRange, curve.values(), line);
    }

    private static void widenRange(double[] range, double[] raw, double[] line) {
        double[] sorted = raw.clone();
        Arrays.sort(sorted);
        int tail = (int) Math.floor(ROBUST_TAIL * (sorted.length - 1));
        double lo = sorted[tail], hi = sorted[sorted.length - 1 - tail];
        for (double v : line) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        range[0] = Math.min(range[0], lo);
        range[1] = Math.max(range[1], hi);
    }

    private static void setYRange(XYChart chart, double[] range) {
        double span = range[1] - range[0];
        double pad = span > 0 ? 0.05 * span : Math.max(0.1, 0.1 * Math.abs(range[0]));
        chart.getStyler().setYAxisMin(range[0] - pad).setYAxisMax(range[1] + pad);
    }

    /** XChart cannot lay out axes without a series; an undrawable point stands in before the first value arrives. */
    private static void addPlaceholder(XYChart chart) {
        chart.setTitle(chart.getTitle() + " (no data yet)");
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        XYSeries none = chart.addSeries("no data", new double[] {Double.NaN}, new double[] {Double.NaN});
        none.setMarker(SeriesMarkers.NONE);
    }

    /**
     * XChart 4.0.3 puts a tick label at every x value when all x values are equally spaced, and
     * they overlap for a few dozen iterations. One undrawn point off that grid restores its
     * regular tick spacing.
     */
    private static void avoidTickPerValue(XYChart chart, List<LossSeries> series) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (LossSeries s : series) {
            for (double x : s.iterations()) {
                if (!Double.isFinite(x)) continue;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (!(lo < hi)) return;
        XYSeries offGrid = chart.addSeries(" tick spacing", new double[] {lo + (hi - lo) * OFF_GRID_FRACTION}, new double[] {Double.NaN});
        offGrid.setMarker(SeriesMarkers.NONE);
        offGrid.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    }

    private static int smoothingWindow(List<LossSeries> series, LossPlotStyle style) {
        if (style.smoothingWindow() != LossPlotStyle.AUTO_SMOOTHING) return style.smoothingWindow();
        int longest = series.stream().mapToInt(LossSeries::size).max().orElse(0);
        return Math.max(1, longest / AUTO_WINDOW_DIVISOR);
    }

    private static String title(LossPlotStyle style, int window) {
        if (window <= 1) return style.title();
        String note = "lines: moving average of " + window + ", dots: raw";
        return style.title().isEmpty() ? note : style.title() + " (" + note + ")";
    }

    private static double[] pick(double[] values, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) out[k] = values[idx[k]];
        return out;
    }

    private static void requireDistinctNames(List<LossSeries> series) {
        var seen = new HashSet<String>();
        for (LossSeries s : series) {
            if (!seen.add(s.name())) throw new IllegalArgumentException("LossPlot: two series are named '" + s.name() + "'");
        }
    }

    /** The finite points of a series, in order. */
    private record Curve(double[] iterations, double[] values) {
        static Curve finitePart(LossSeries s) {
            int n = 0;
            for (int i = 0; i < s.size(); i++) if (finite(s, i)) n++;
            double[] xs = new double[n], ys = new double[n];
            for (int i = 0, k = 0; i < s.size(); i++) {
                if (!finite(s, i)) continue;
                xs[k] = s.iterations()[i];
                ys[k++] = s.values()[i];
            }
            return new Curve(xs, ys);
        }

        private static boolean finite(LossSeries s, int i) {
            return Double.isFinite(s.iterations()[i]) && Double.isFinite(s.values()[i]);
        }

        int size() {
            return values.length;
        }
    }
}
