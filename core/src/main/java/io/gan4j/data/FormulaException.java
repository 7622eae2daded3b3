package io.gan4j.data;

/**
 * A formula that cannot be used: a syntax error (with the 1-based position of the offending
 * character, shown under the formula with a caret), an unknown name, or values that are not
 * finite over the x-range.
 */
public final class FormulaException extends IllegalArgumentException {
    private final String formula;
    private final int position;
    private final String reason;

    /** @param position 1-based character position, or 0 when the problem has no single place */
    public FormulaException(String formula, int position, String reason) {
        super(message(formula, position, reason));
        this.formula = formula;
        this.position = position;
        this.reason = reason;
    }

    public String formula() {
        return formula;
    }

    /** 1-based position of the problem (one past the end for "ends too early"); 0 when there is none. */
    public int position() {
        return position;
    }

    /** The problem alone, without the formula and the caret line. */
    public String reason() {
        return reason;
    }

    private static String message(String formula, int position, String reason) {
        String head = "formula '" + formula + "': " + reason;
        if (position <= 0) return head;
        String shown = formula.replace('\t', ' ');
        return head + " at position " + position + "\n    " + shown + "\n    " + " ".repeat(position - 1) + "^";
    }
}
