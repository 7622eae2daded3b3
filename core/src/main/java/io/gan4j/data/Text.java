package io.gan4j.data;

/** Number formatting for {@code describe()} lines and messages. */
final class Text {
    private Text() {}

    /** {@code 10} rather than {@code 10.0}; other values as Java prints them. */
    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
