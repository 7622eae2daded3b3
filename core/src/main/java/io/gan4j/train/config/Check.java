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

    /**
     * Runs a library constructor's own checks of the values under {@code key}, so each rule is written once;
     * the library's message starts with the field's name, to which the key is prefixed.
     */
    static void byLibrary(String key, Runnable build) {
        try {
            build.run();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + "." + e.getMessage(), e);
        }
    }

    /** A library default held as a float, as the decimal it was written as (0.999f is 0.999, not 0.99900001…). */
    static double decimal(float libraryDefault) {
        return Double.parseDouble(Float.toString(libraryDefault));
    }
}
