package io.gan4j.train.config;

import java.util.List;

/** Validation of config values; each failure names the key and the value. */
final class Check {
    private Check() {}

    static void atLeast(String key, long v, long min) {
        if (v < min) throw new ConfigException(key + " must be at least " + min + ", got " + v);
    }

    static void positive(String key, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new ConfigException(key + " must be positive, got " + v);
    }

    static void nonNegative(String key, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) throw new ConfigException(key + " must be >= 0, got " + v);
    }

    static void finite(String key, double v) {
        if (!Double.isFinite(v)) throw new ConfigException(key + " must be a finite number, got " + v);
    }

    static void oneOf(String key, String v, List<String> allowed) {
        if (v == null || !allowed.contains(v)) {
            throw new ConfigException(key + " must be one of " + String.join(", ", allowed) + ", got " + (v == null ? "nothing" : "'" + v + "'"));
        }
    }
}
