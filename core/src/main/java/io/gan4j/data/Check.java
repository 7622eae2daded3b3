package io.gan4j.data;

/** Parameter checks whose messages name the data set and the parameter, as the config spells it. */
final class Check {
    private Check() {}

    static double finite(String data, String param, double value) {
        if (!Double.isFinite(value)) throw bad(data, param, "must be a finite number, got " + value);
        return value;
    }

    static double positive(String data, String param, double value) {
        if (!(finite(data, param, value) > 0)) throw bad(data, param, "must be > 0, got " + value);
        return value;
    }

    static double nonNegative(String data, String param, double value) {
        if (!(finite(data, param, value) >= 0)) throw bad(data, param, "must be >= 0, got " + value);
        return value;
    }

    static int atLeast(String data, String param, int value, int min) {
        if (value < min) throw bad(data, param, "must be at least " + min + ", got " + value);
        return value;
    }

    /** Both ends finite and {@code xMin < xMax}. */
    static void range(String data, double xMin, double xMax) {
        finite(data, "xMin", xMin);
        finite(data, "xMax", xMax);
        if (!(xMin < xMax)) throw bad(data, "xMax", "(" + xMax + ") must be greater than xMin (" + xMin + ")");
    }

    static void sampleCount(int n) {
        if (n < 0) throw new IllegalArgumentException("sample: n must be >= 0, got " + n);
    }

    static DataParameterException bad(String data, String param, String problem) {
        return new DataParameterException(data, param, problem);
    }
}
