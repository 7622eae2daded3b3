package io.gan4j.data;

import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;

/**
 * A user-typed function of {@code x}, such as {@code 2*sin(3x) + x^2/4}, evaluated by exp4j.
 *
 * <p>Syntax: numbers ({@code 1.5}, {@code 2e-3}), the variable {@code x}, the constants
 * {@code pi} and {@code e}, the operators {@code + - * / ^ %} with the usual precedence
 * ({@code ^} is right-associative and binds tighter than unary minus: {@code -x^2} is
 * {@code -(x^2)}), parentheses, implicit multiplication before a name or parenthesis
 * ({@code 2x}, {@code 3(x+1)}), and the functions of {@link #functionNames()}. Parse errors
 * carry the position of the offending character; see {@link FormulaException}.
 *
 * <p>Division by zero evaluates to NaN. Instances are immutable and safe to share between threads.
 */
public final class Formula implements DoubleUnaryOperator {
    public static final String VARIABLE = "x";
    private static final Set<String> NAMES = Set.of(VARIABLE, "pi", "e");
    /** Points (ends included) on which {@link #requireFiniteOver} evaluates. */
    static final int CHECK_POINTS = 1001;

    private final String text;
    private final Expression prototype;
    private final ThreadLocal<Expression> perThread;

    private Formula(String text, Expression prototype) {
        this.text = text;
        this.prototype = prototype;
        this.perThread = ThreadLocal.withInitial(() -> new Expression(prototype));
    }

    /** Parses {@code text}; throws {@link FormulaException} naming the problem and its position. */
    public static Formula parse(String text) {
        if (text == null) throw new FormulaException("", 0, "is missing");
        FormulaSyntax.check(text, NAMES, FormulaFunctions.ARITIES);
        return new Formula(text, build(text));
    }

    private static Expression build(String text) {
        Expression expression;
        try {
            expression = new ExpressionBuilder(text)
                    .variable(VARIABLE)
                    .functions(FormulaFunctions.ALL)
                    .operator(FormulaFunctions.POWER)
                    .implicitMultiplication(true)
                    .build();
        } catch (RuntimeException e) {
            throw new FormulaException(text, 0, String.valueOf(e.getMessage()));
        }
        ValidationResult validation = expression.validate(false);
        if (!validation.isValid()) throw new FormulaException(text, 0, String.join("; ", validation.getErrors()));
        return expression;
    }

    /** The functions a formula may call, in a stable order. */
    public static List<String> functionNames() {
        return List.copyOf(FormulaFunctions.ARITIES.keySet());
    }

    public String text() {
        return text;
    }

    @Override
    public double applyAsDouble(double x) {
        try {
            return perThread.get().setVariable(VARIABLE, x).evaluate();
        } catch (ArithmeticException divisionByZero) {
            return Double.NaN;
        }
    }

    /**
     * Throws {@link FormulaException} when f is NaN or infinite (or beyond float range) at any of
     * {@value #CHECK_POINTS} evenly spaced points of {@code [xMin, xMax]}, naming the first such x.
     */
    public void requireFiniteOver(double xMin, double xMax) {
        for (int i = 0; i < CHECK_POINTS; i++) {
            double x = i == CHECK_POINTS - 1 ? xMax : xMin + (xMax - xMin) * i / (CHECK_POINTS - 1);
            double y = applyAsDouble(x);
            if (!Float.isFinite((float) y)) throw notFinite(x, y, xMin, xMax);
        }
    }

    private FormulaException notFinite(double x, double y, double xMin, double xMax) {
        String value = Double.isNaN(y) ? "NaN (undefined: division by zero, log or sqrt of a negative...)"
                : Double.isInfinite(y) ? String.valueOf(y) : y + " (beyond float range)";
        return new FormulaException(text, 0, "f(" + x + ") = " + value + "; f must be finite over the x-range ["
                + Text.num(xMin) + ", " + Text.num(xMax) + "] (checked at " + CHECK_POINTS + " evenly spaced points)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
