package io.gan4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a sweep: a point of the search (the varied keys' values) and a seed. Its run folder is
 * {@code trials/<name>} in the sweep folder.
 *
 * @param index  position in the sweep, 0-based
 * @param point  the search point, 0-based; trials of one point differ only in the seed
 */
public record Trial(int index, int point, long seed, Map<String, String> varied) implements Serializable {
    public Trial {
        varied = Collections.unmodifiableMap(new LinkedHashMap<>(varied));
    }

    public String name() {
        return String.format("p%03d-seed%d", point, seed);
    }

    /** The trial's {@code --set} overrides: the varied keys, then the seed. */
    public List<String> overrides() {
        List<String> out = new ArrayList<>();
        varied.forEach((k, v) -> out.add(k + "=" + v));
        out.add("seed=" + seed);
        return out;
    }
}
