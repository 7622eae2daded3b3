package io.gan4j.data;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Typed access to the values given for one data set, falling back to the declared defaults. */
final class ParamValues {
    private final String dataSet;
    private final Map<String, DataParam> params;
    private final Map<String, ?> given;

    ParamValues(String dataSet, List<DataParam> declared, Map<String, ?> given) {
        this.dataSet = dataSet;
        this.params = declared.stream().collect(Collectors.toMap(DataParam::name, p -> p, (a, b) -> a, LinkedHashMap::new));
        this.given = given;
        for (String name : given.keySet()) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException(dataSet + ": unknown parameter '" + name + "' (known: " + String.join(", ", params.keySet()) + ")");
            }
        }
    }

    double number(String name) {
        Object v = value(name);
        if (v instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(v.toString().strip());
        } catch (NumberFormatException e) {
            throw wrongType(name, v, "a number");
        }
    }

    int integer(String name) {
        Object v = value(name);
        double d;
        if (v instanceof Number n) d = n.doubleValue();
        else {
            try {
                d = Double.parseDouble(v.toString().strip());
            } catch (NumberFormatException e) {
                throw wrongType(name, v, "an integer");
            }
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) throw wrongType(name, v, "an integer");
        return (int) d;
    }

    String text(String name) {
        Object v = value(name);
        if (v instanceof Collection<?> items) return items.stream().map(String::valueOf).collect(Collectors.joining(","));
        return v.toString();
    }

    Path path(String name) {
        Object v = value(name);
        return v instanceof Path p ? p : Path.of(v.toString());
    }

    boolean bool(String name) {
        Object v = value(name);
        if (v instanceof Boolean b) return b;
        String s = v.toString().strip();
        if (s.equalsIgnoreCase("true")) return true;
        if (s.equalsIgnoreCase("false")) return false;
        throw wrongType(name, v, "true or false");
    }

    private Object value(String name) {
        DataParam param = params.get(name);
        Object v = given.containsKey(name) ? given.get(name) : param.defaultValue();
        if (v == null) throw new IllegalArgumentException(dataSet + ": parameter '" + name + "' is required (" + param.help() + ")");
        return v;
    }

    private IllegalArgumentException wrongType(String name, Object v, String wanted) {
        return new IllegalArgumentException(dataSet + ": '" + name + "' must be " + wanted + ", got '" + v + "'");
    }
}
