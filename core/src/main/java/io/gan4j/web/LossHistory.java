package io.gan4j.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss chart's points for viewers who join late, bounded: when full, neighbouring points are
 * averaged in pairs, so a long run keeps its whole shape at half the detail.
 */
final class LossHistory {
    static final int MAX_POINTS = 2000;

    private final List<double[]> points = new ArrayList<>();

    synchronized void add(double[] point) {
        points.add(point.clone());
        if (points.size() > MAX_POINTS) halve();
    }

    synchronized List<double[]> points() {
        return List.copyOf(points);
    }

    private void halve() {
        List<double[]> merged = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            double[] a = points.get(i), b = points.get(i + 1);
            merged.add(new double[] {b[0], (a[1] + b[1]) / 2, (a[2] + b[2]) / 2});
        }
        if (points.size() % 2 == 1) merged.add(points.getLast());
        points.clear();
        points.addAll(merged);
    }
}
