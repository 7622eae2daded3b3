package io.gan4j.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.operator.Operator;

/**
 * The functions a formula may call, all on {@link StrictMath} (exp4j's built-ins use
 * {@link Math}, whose results may differ by JIT and platform) so a formula gives the same bits
 * everywhere. They replace exp4j's built-ins of the same names.
 */
final class FormulaFunctions {
    private FormulaFunctions() {}

    static final List<Function> ALL;
    static final Map<String, Integer> ARITIES;

    static {
        Map<String, Function> table = new LinkedHashMap<>();
        unary(table, "sin", StrictMath::sin);
        unary(table, "cos", StrictMath::cos);
        unary(table, "tan", StrictMath::tan);
        unary(table, "asin", StrictMath::asin);
        unary(table, "acos", StrictMath::acos);
        unary(table, "atan", StrictMath::atan);
        unary(table, "sinh", StrictMath::sinh);
        unary(table, "cosh", StrictMath::cosh);
        unary(table, "tanh", StrictMath::tanh);
        unary(table, "exp", StrictMath::exp);
        unary(table, "log", StrictMath::log);
        unary(table, "log10", StrictMath::log10);
        unary(table, "log2", v -> StrictMath.log(v) / StrictMath.log(2));
        unary(table, "sqrt", StrictMath::sqrt);
        unary(table, "cbrt", StrictMath::cbrt);
        unary(table, "abs", StrictMath::abs);
        unary(table, "floor", StrictMath::floor);
        unary(table, "ceil", StrictMath::ceil);
        unary(table, "signum", StrictMath::signum);
        binary(table, "pow", StrictMath::pow);
        binary(table, "atan2", StrictMath::atan2);
        binary(table, "min", StrictMath::min);
        binary(table, "max", StrictMath::max);
        ALL = List.copyOf(table.values());
        Map<String, Integer> arities = new LinkedHashMap<>();
        table.forEach((name, f) -> arities.put(name, f.getNumArguments()));
        ARITIES = Collections.unmodifiableMap(arities);
    }

    /** {@code ^} on StrictMath.pow, right-associative with exp4j's power precedence, as the built-in. */
    static final Operator POWER = new Operator("^", 2, false, Operator.PRECEDENCE_POWER) {
        @Override
        public double apply(double... args) {
            return StrictMath.pow(args[0], args[1]);
        }
    };

    private static void unary(Map<String, Function> table, String name, DoubleUnaryOperator op) {
        table.put(name, new Function(name, 1) {
            @Override
            public double apply(double... args) {
                return op.applyAsDouble(args[0]);
            }
        });
    }

    private static void binary(Map<String, Function> table, String name, DoubleBinaryOperator op) {
        table.put(name, new Function(name, 2) {
            @Override
            public double apply(double... args) {
                return op.applyAsDouble(args[0], args[1]);
            }
        });
    }
}
