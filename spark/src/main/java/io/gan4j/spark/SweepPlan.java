package io.gan4j.spark;

import io.gan4j.tensor.Rng;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The trials of a sweep, in a fixed order: each point of the grid (or each random draw) with each seed. */
public final class SweepPlan {
    private static final String DRAWS = "sweep-draws";

    private SweepPlan() {}

    public static List<Trial> trials(SweepSpec spec) {
        List<Map<String, String>> points = spec.search() == SweepSpec.Search.GRID ? grid(spec.axes()) : draws(spec);
        List<Trial> trials = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (long seed : spec.seeds()) trials.add(new Trial(trials.size(), p, seed, points.get(p)));
        }
        return trials;
    }

    /** Every combination, the last axis varying fastest. */
    private static List<Map<String, String>> grid(List<Axis> axes) {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : points) {
                for (String v : axis.gridValues()) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(axis.key(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** Point k's values come from its own stream of the sweep's draw seed, so adding draws keeps the earlier ones. */
    private static List<Map<String, String>> draws(SweepSpec spec) {
        List<Map<String, String>> points = new ArrayList<>();
        for (int k = 0; k < spec.draws(); k++) {
            Rng rng = Rng.at(spec.drawSeed(), DRAWS, k);
            Map<String, String> p = new LinkedHashMap<>();
            for (Axis axis : spec.axes()) p.put(axis.key(), axis.draw(rng));
            points.add(p);
        }
        return points;
    }
}
