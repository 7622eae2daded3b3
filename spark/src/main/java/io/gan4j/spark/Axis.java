package io.gan4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.gan4j.tensor.Rng;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One varied config key: a list of values (as the command line's {@code --set} takes them: a list becomes "64,64"), or
 * a range, uniform or log-uniform, with {@code steps} evenly spaced values for a grid.
 */
public record Axis(String key, List<String> values, Scale scale, double low, double high, int steps) {
    public enum Scale { UNIFORM, LOG_UNIFORM }

    public Axis {
        values = values == null ? null : List.copyOf(values);
    }

    public boolean range() {
        return values == null;
    }

    /** A grid's values: the list, or {@code steps} values from low to high. */
    public List<String> gridValues() {
        if (!range()) return values;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) out.add(number(steps == 1 ? low : at(i / (double) (steps - 1))));
        return out;
    }

    public int size() {
        return range() ? steps : values.size();
    }

    /** A random search's value: one of the list, or a draw from the range. */
    public String draw(Rng rng) {
        return range() ? number(at(rng.nextDouble())) : values.get(rng.nextInt(values.size()));
    }

    /** Whether a picture should put this axis on a log scale. */
    public boolean logScale() {
        return scale == Scale.LOG_UNIFORM;
    }

    private double at(double u) {
        return scale == Scale.LOG_UNIFORM ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
    }

    /** Six significant digits, written as the sweep file writes numbers (0.0003, not 3.0E-4). */
    private static String number(double v) {
        return plain(new BigDecimal(v).round(new MathContext(6)));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static Axis parse(String where, String key, JsonNode node) {
        if (node.isArray()) {
            if (node.isEmpty()) throw new SweepException(where + ": an empty list");
            List<String> values = new ArrayList<>();
            for (JsonNode v : node) values.add(value(where, v));
            return new Axis(key, values, null, 0, 0, 0);
        }
        if (!node.isObject()) throw new SweepException(where + ": expected a list of values or a range {logUniform: [low, high]} / {uniform: [low, high]}");
        Scale scale = node.has("logUniform") ? Scale.LOG_UNIFORM : node.has("uniform") ? Scale.UNIFORM : null;
        if (scale == null) throw new SweepException(where + ": a range needs logUniform: [low, high] or uniform: [low, high]");
        JsonNode bounds = node.get(scale == Scale.LOG_UNIFORM ? "logUniform" : "uniform");
        if (!bounds.isArray() || bounds.size() != 2 || !bounds.get(0).isNumber() || !bounds.get(1).isNumber()) {
            throw new SweepException(where + ": a range's bounds are two numbers [low, high]");
        }
        double low = bounds.get(0).asDouble(), high = bounds.get(1).asDouble();
        if (!(low < high)) throw new SweepException(where + ": low " + low + " must be below high " + high);
        if (scale == Scale.LOG_UNIFORM && low <= 0) throw new SweepException(where + ": a log-uniform range must be above 0, got low " + low);
        JsonNode steps = node.path("steps");
        if (!steps.isMissingNode() && (!steps.isIntegralNumber() || steps.asInt() < 1)) throw new SweepException(where + ": steps: expected an integer of at least 1");
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals("logUniform") && !f.equals("uniform") && !f.equals("steps")) throw new SweepException(where + ": unknown field '" + f + "' (logUniform, uniform, steps)");
        });
        return new Axis(key, null, scale, low, high, steps.isMissingNode() ? 0 : steps.asInt());
    }

    /** A YAML value as {@code --set} takes it: scalars as they are, a list of scalars joined by commas. */
    static String value(String where, JsonNode v) {
        if (v.isNumber()) return plain(v.decimalValue());
        if (v.isValueNode() && !v.isNull()) return v.asText();
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isValueNode() || e.isNull()) throw new SweepException(where + ": a list inside a value must hold plain values");
                parts.add(value(where, e));
            }
            return String.join(",", parts);
        }
        throw new SweepException(where + ": '" + v + "' is not a value (a number, a word or a list of them)");
    }
}
