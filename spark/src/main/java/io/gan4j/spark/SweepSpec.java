package io.gan4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gan4j.tensor.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep file, read and checked once: the base config (a preset or a config file), fixed settings, the axes and how
 * to search them, seeds per point, and the metric that names the best trial. Every error names the file and the field.
 *
 * <pre>
 * base: quadratic                          # a preset, or a config file (relative to the sweep file)
 * set: {train.iterations: 3000}            # the same for every trial
 * axes:                                    # config keys: a list of values, or a range
 *   generatorOptimizer.lr: [0.0003, 0.001, 0.003]
 *   discriminatorOptimizer.lr: {logUniform: [0.0001, 0.01], steps: 3}
 * search: grid                             # grid (every combination; a range needs steps) or random
 * draws: 8                                 # random: how many points
 * seeds: 2                                 # trials per point: seeds 1..2, or a list [7, 8]
 * metric: energy_distance                  # default: the runs' headline (energy_distance; fcd for images)
 * goal: min                                # min or max
 * </pre>
 */
public record SweepSpec(String source, String base, Path baseFile, Map<String, String> set, List<Axis> axes, Search search, int draws,
                        long drawSeed, List<Long> seeds, String metric, boolean minimize) {
    public enum Search { GRID, RANDOM }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FIELDS = Set.of("base", "set", "axes", "search", "draws", "drawSeed", "seeds", "metric", "goal");
    public static final int MAX_TRIALS = 10_000;

    public SweepSpec {
        set = Map.copyOf(set);
        axes = List.copyOf(axes);
        seeds = List.copyOf(seeds);
    }

    public static SweepSpec read(Path file) throws IOException {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (TextFiles.NotUtf8Exception e) {
            throw new SweepException(e.getMessage());
        }
        return parse(file.toString(), text, file.toAbsolutePath().getParent());
    }

    /** @param dir where a base config file named relatively lies */
    public static SweepSpec parse(String source, String text, Path dir) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new SweepException(source + ": not valid YAML (" + e.getMessage().split("\n")[0] + ")");
        }
        if (root == null || !root.isObject()) throw new SweepException(source + ": expected a mapping (base, set, axes, search, seeds, metric)");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw new SweepException(source + ": unknown field '" + f + "' (fields: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        }
        String base = text(source, root, "base", null);
        if (base == null || base.isBlank()) throw new SweepException(source + ": base: name a preset or a config file");
        boolean file = base.endsWith(".yaml") || base.endsWith(".yml") || base.contains("/");
        Map<String, String> set = settings(source, root.path("set"));
        List<Axis> axes = axes(source, root.path("axes"));
        Search search = switch (text(source, root, "search", "grid")) {
            case "grid" -> Search.GRID;
            case "random" -> Search.RANDOM;
            default -> throw new SweepException(source + ": search: expected grid or random, got '" + root.path("search").asText() + "'");
        };
        int draws = integer(source, root, "draws", search == Search.RANDOM ? -1 : 0);
        if (search == Search.RANDOM && draws < 1) throw new SweepException(source + ": draws: a random search needs draws: N (at least 1)");
        if (search == Search.GRID) {
            for (Axis a : axes) if (a.range() && a.steps() < 1) throw new SweepException(source + ": axes." + a.key() + ": a range in a grid search needs steps: N");
        }
        List<Long> seeds = seeds(source, root.path("seeds"));
        String goal = text(source, root, "goal", "min");
        if (!goal.equals("min") && !goal.equals("max")) throw new SweepException(source + ": goal: expected min or max, got '" + goal + "'");
        SweepSpec spec = new SweepSpec(source, base, file ? dir.resolve(base) : null, set, axes, search, draws,
                integer(source, root, "drawSeed", 0), seeds, text(source, root, "metric", null), goal.equals("min"));
        long points = spec.points();
        if (points * seeds.size() > MAX_TRIALS) throw new SweepException(source + ": " + points * seeds.size() + " trials; at most " + MAX_TRIALS);
        return spec;
    }

    /** The points of the search (trials = points × seeds). */
    public long points() {
        if (search == Search.RANDOM) return draws;
        long n = 1;
        for (Axis a : axes) n = Math.multiplyExact(n, a.size());
        return n;
    }

    private static Map<String, String> settings(String source, JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) return out;
        if (!node.isObject()) throw new SweepException(source + ": set: expected a mapping of config keys to values");
        node.fields().forEachRemaining(e -> out.put(e.getKey(), Axis.value(source + ": set." + e.getKey(), e.getValue())));
        return out;
    }

    private static List<Axis> axes(String source, JsonNode node) {
        if (node.isMissingNode() || node.isNull() || (node.isObject() && node.isEmpty())) {
            throw new SweepException(source + ": axes: name at least one config key to vary");
        }
        if (!node.isObject()) throw new SweepException(source + ": axes: expected a mapping of config keys to values or ranges");
        List<Axis> axes = new ArrayList<>();
        node.fields().forEachRemaining(e -> axes.add(Axis.parse(source + ": axes." + e.getKey(), e.getKey(), e.getValue())));
        return axes;
    }

    private static List<Long> seeds(String source, JsonNode node) {
        List<Long> seeds = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) return List.of(1L);
        if (node.isIntegralNumber()) {
            if (node.asInt() < 1 || node.asInt() > 1000) throw new SweepException(source + ": seeds: expected 1..1000 seeds, got " + node.asText());
            for (long s = 1; s <= node.asInt(); s++) seeds.add(s);
            return seeds;
        }
        if (!node.isArray() || node.isEmpty()) throw new SweepException(source + ": seeds: expected a count or a list of seeds");
        for (JsonNode s : node) {
            if (!s.isIntegralNumber()) throw new SweepException(source + ": seeds: '" + s.asText() + "' is not an integer");
            if (seeds.contains(s.asLong())) throw new SweepException(source + ": seeds: " + s.asLong() + " twice");
            seeds.add(s.asLong());
        }
        return seeds;
    }

    private static String text(String source, JsonNode root, String field, String otherwise) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) return otherwise;
        if (!n.isValueNode()) throw new SweepException(source + ": " + field + ": expected a single value");
        return n.asText();
    }

    private static int integer(String source, JsonNode root, String field, int otherwise) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) return otherwise;
        if (!n.isIntegralNumber()) throw new SweepException(source + ": " + field + ": expected an integer, got '" + n.asText() + "'");
        return n.asInt();
    }
}
