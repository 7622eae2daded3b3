package io.gan4j.spark;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The sweep's main metric against each varied key, one panel per key: a dot per trial with a finite metric, the best
 * trial in red. Numeric keys on a log axis when the axis is log-uniform or spans a factor of 10 (learning rates); the
 * metric on a log axis when it spans a factor of 100; other keys (widths,
 * activations) one column per value.
 */
public final class SweepPicture {
    private static final int PANEL_W = 480, PANEL_H = 360, PER_ROW = 3;

    private SweepPicture() {}

    public static byte[] png(List<Axis> axes, String metric, List<TrialResult> results, TrialResult best) {
        List<BufferedImage> panels = new ArrayList<>();
        for (Axis axis : axes) panels.add(BitmapEncoder.getBufferedImage(panel(axis, metric, results, best)));
        int cols = Math.min(PER_ROW, panels.size()), rows = (panels.size() + PER_ROW - 1) / PER_ROW;
        BufferedImage all = new BufferedImage(cols * PANEL_W, rows * PANEL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, all.getWidth(), all.getHeight());
        for (int i = 0; i < panels.size(); i++) g.drawImage(panels.get(i), (i % PER_ROW) * PANEL_W, (i / PER_ROW) * PANEL_H, null);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(all, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XYChart panel(Axis axis, String metric, List<TrialResult> results, TrialResult best) {
        boolean numeric = results.stream().allMatch(r -> ResultsTable.isNumber(r.trial().varied().get(axis.key())));
        List<String> categories = numeric ? List.of() : results.stream().map(r -> r.trial().varied().get(axis.key())).distinct().toList();
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>(), bx = new ArrayList<>(), by = new ArrayList<>();
        for (TrialResult r : results) {
            Double y = r.metric(metric);
            if (y == null || !Double.isFinite(y) || !r.finished()) continue;
            String v = r.trial().varied().get(axis.key());
            double x = numeric ? Double.parseDouble(v) : categories.indexOf(v);
            (r == best ? bx : xs).add(x);
            (r == best ? by : ys).add(y);
        }
        XYChart chart = new XYChartBuilder().width(PANEL_W).height(PANEL_H).title(metric + " by " + axis.key()).xAxisTitle(axis.key()).yAxisTitle(metric).build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setLegendVisible(!bx.isEmpty());
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        if (numeric && (axis.logScale() || spans(xs, bx, 10))) chart.getStyler().setXAxisLogarithmic(true);
        if (spans(ys, by, 100)) chart.getStyler().setYAxisLogarithmic(true);
        if (!numeric) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> x == Math.rint(x) && x >= 0 && x < categories.size() ? categories.get((int) Math.rint(x)) : "");
            chart.getStyler().setXAxisMin(-0.5);
            chart.getStyler().setXAxisMax(categories.size() - 0.5);
        }
        if (xs.isEmpty() && bx.isEmpty()) {
            chart.setTitle(metric + " by " + axis.key() + " (no trial has a value)");
            xs.add(0.0);
            ys.add(0.0);
        }
        if (!xs.isEmpty()) chart.addSeries("trials", xs, ys).setMarker(SeriesMarkers.CIRCLE).setMarkerColor(new Color(0x1f77b4));
        if (!bx.isEmpty()) chart.addSeries("best", bx, by).setMarker(SeriesMarkers.DIAMOND).setMarkerColor(Color.RED);
        return chart;
    }

    /** Whether the values are all positive and the largest is at least {@code factor} times the smallest. */
    private static boolean spans(List<Double> a, List<Double> b, double factor) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (List<Double> l : List.of(a, b)) {
            for (double v : l) {
                if (v <= 0) return false;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi > 0 && hi / lo >= factor;
    }
}
