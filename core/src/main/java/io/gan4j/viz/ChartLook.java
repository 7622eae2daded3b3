package io.gan4j.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;

/** The house style applied to every XChart the package draws; legends are drawn by {@link LegendRow}. */
final class ChartLook {
    private ChartLook() {}

    static final int TITLE_SIZE = 15;
    static final int LABEL_SIZE = 13;
    static final int TICK_SIZE = 12;

    static XYChart newChart(int width, int height, String title, String xLabel, String yLabel) {
        Headless.ensure();
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        apply(chart.getStyler());
        return chart;
    }

    private static void apply(XYStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartFontColor(Palette.TEXT);
        s.setChartTitleFont(Palette.font(Font.BOLD, TITLE_SIZE));
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(8);
        s.setAxisTitleFont(Palette.font(Font.PLAIN, LABEL_SIZE));
        s.setAxisTickLabelsFont(Palette.font(Font.PLAIN, TICK_SIZE));
        s.setAxisTickLabelsColor(Palette.TEXT);
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        s.setLegendVisible(false);
        s.setPlotBorderColor(Palette.BORDER);
        s.setPlotGridLinesColor(Palette.GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setAxisTickMarksColor(Palette.BORDER);
        s.setChartPadding(12);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
    }
}
