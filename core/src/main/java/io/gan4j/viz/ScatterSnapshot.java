package io.gan4j.viz;

import java.util.List;

/**
 * Everything one 2-D training frame shows.
 *
 * @param title the caption, e.g. from {@link ScatterFrame#title}
 * @param real points drawn from the data
 * @param fake points from the generator
 * @param fooled per fake point, whether D took it for real (D &gt; 0.5); null draws all fakes alike
 * @param decision D over the plane, painted behind the points; null when unavailable (e.g. d &gt; 2)
 * @param window the fixed axis ranges
 * @param xLabel x-axis title, e.g. "x0" or "x3" when showing two of many columns
 * @param yLabel y-axis title
 * @param classes a conditional GAN's classes, which colour the points; null when the GAN is not conditional
 */
public record ScatterSnapshot(String title, Points real, Points fake, boolean[] fooled, DecisionMap decision,
        PlotWindow window, String xLabel, String yLabel, Classes classes) {
    /** The class names, and the class of each real and each generated point. */
    public record Classes(List<String> names, int[] real, int[] fake) {}

    public ScatterSnapshot(String title, Points real, Points fake, boolean[] fooled, DecisionMap decision, PlotWindow window,
                           String xLabel, String yLabel) {
        this(title, real, fake, fooled, decision, window, xLabel, yLabel, null);
    }

    public ScatterSnapshot {
        if (classes != null && (classes.real().length != real.size() || classes.fake().length != fake.size())) {
            throw new IllegalArgumentException("ScatterSnapshot: a class is needed for every point");
        }
        if (real == null || fake == null || window == null) throw new IllegalArgumentException("ScatterSnapshot: real, fake and window are required");
        if (fooled != null && fooled.length != fake.size()) {
            throw new IllegalArgumentException("ScatterSnapshot: fooled has " + fooled.length + " flags for " + fake.size() + " fake points");
        }
        title = title == null ? "" : title;
        xLabel = xLabel == null ? "" : xLabel;
        yLabel = yLabel == null ? "" : yLabel;
    }

    /** A snapshot of the first two coordinates, labelled x0 and x1. */
    public ScatterSnapshot(String title, Points real, Points fake, boolean[] fooled, DecisionMap decision, PlotWindow window) {
        this(title, real, fake, fooled, decision, window, "x0", "x1");
    }
}
