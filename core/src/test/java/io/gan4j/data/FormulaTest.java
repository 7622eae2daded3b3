package io.gan4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.gan4j.tensor.Rng;
import io.gan4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x^2            | 9",
        "-x^2           | -9",
        "2x             | 6",
        "4x^2           | 36",
        "2sin(x)        | 0.2822400161197344",
        "(x+1)(x-1)     | 8",
        "2(x+1)         | 8",
        "x sin(x)       | 0.4233600241796016",
        "e^-x^2         | 1.2340980408667962E-4",
        "2^x^2          | 512",
        "pow(x, 2) + 1  | 10",
        "atan2(x, 3)    | 0.7853981633974483",
        "max(x, 5) % 3  | 2",
        "1.5e1 / x      | 5",
        ".5x            | 1.5",
        "pi             | 3.141592653589793",
        "x*-2           | -6",
        "log(exp(x))    | 3",
    })
    void evaluatesAtThree(String text, double expected) {
        assertThat(Formula.parse(text).applyAsDouble(3)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void functionsAreStrictMath() {
        Formula f = Formula.parse("sin(x) + exp(x) + x^1.7");
        double x = 0.123456789;
        assertThat(f.applyAsDouble(x)).isEqualTo(StrictMath.sin(x) + StrictMath.exp(x) + StrictMath.pow(x, 1.7));
    }

    @Test
    void doubledOperatorPointsAtTheSecond() {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse("x^^2"));
        assertThat(e.position()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("formula 'x^^2': unexpected '^' at position 3\n    x^^2\n      ^");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sin(x           | 4  | '(' is never closed",
        "(x+1))          | 6  | unexpected ')' without a matching '('",
        "x+              | 3  | ends too early: a number, a name or '(' is missing",
        "x**2            | 3  | unexpected '*'",
        "2 +* x          | 4  | unexpected '*'",
        "x $ 2           | 3  | unexpected '$'",
        "3..4 + x        | 1  | malformed number '3..4'",
        "x 2             | 3  | a number cannot follow here without an operator",
        "sin x           | 1  | function 'sin' needs its arguments in parentheses, e.g. sin(x)",
        "sin()           | 1  | function 'sin' takes 1 argument, got 0",
        "pow(x)          | 1  | function 'pow' takes 2 arguments, got 1",
        "1 + sin(x, 2)   | 5  | function 'sin' takes 1 argument, got 2",
        "x, 2            | 2  | unexpected ',' outside a function's arguments",
        "()              | 2  | unexpected ')'",
    })
    void syntaxErrorsCarryTheirPosition(String text, int position, String reason) {
        FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse(text));
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.getMessage()).startsWith("formula '" + text + "': " + reason + " at position " + position);
        String caretLine = e.getMessage().lines().toList().get(2);
        assertThat(caretLine).isEqualTo("    " + " ".repeat(position - 1) + "^");
    }

    @Test
    void unknownNamesAreNamed() {
        FormulaException variable = catchThrowableOfType(FormulaException.class, () -> Formula.parse("x + y"));
        assertThat(variable.reason()).startsWith("unknown variable 'y' (known: ");
        assertThat(variable.position()).isEqualTo(5);
        FormulaException function = catchThrowableOfType(FormulaException.class, () -> Formula.parse("2*foo(x)"));
        assertThat(function.reason()).startsWith("unknown function 'foo' (known: sin, cos, ");
        assertThat(function.position()).isEqualTo(3);
        assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("x2")).reason()).startsWith("unknown variable 'x2'");
    }

    @Test
    void emptyFormulaIsAnError() {
        assertThatThrownBy(() -> Formula.parse("  ")).isInstanceOf(FormulaException.class).hasMessage("formula '  ': is empty");
        assertThatThrownBy(() -> Formula.parse(null)).isInstanceOf(FormulaException.class).hasMessage("formula '': is missing");
    }

    @Test
    void nonFiniteValuesOverTheRangeAreReported() {
        assertThatThrownBy(() -> FormulaData.of("log(x)", -3, 3, 0))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("formula 'log(x)': f(-3.0) = NaN (undefined")
                .hasMessageContaining("x-range [-3, 3]");
        assertThatThrownBy(() -> FormulaData.of("1/x", -3, 3, 0)).hasMessageStartingWith("formula '1/x': f(0.0) = NaN");
        assertThatThrownBy(() -> FormulaData.of("exp(x)", 0, 100, 0)).hasMessageContaining("(beyond float range)");
        assertThat(FormulaData.of("log(x)", 0.5, 3, 0).function().applyAsDouble(1)).isZero();
    }

    @Test
    void formulaDataSamplesOnTheCurve() {
        FormulaData data = FormulaData.of("2*sin(3x) + x^2/4", -2, 2, 0);
        Tensor t = data.sample(500, new Rng(7));
        for (int i = 0; i < 500; i++) {
            float x = t.get(i, 0);
            assertThat(x).isBetween(-2f, 2f);
            assertThat((double) t.get(i, 1)).isCloseTo(2 * Math.sin(3 * x) + x * x / 4.0, within(1e-5));
        }
        assertThat(data.describe()).isEqualTo("formula: y = 2*sin(3x) + x^2/4, x ~ U(-2, 2)");
    }

    @Test
    void formulaDataNamesBadRange() {
        assertThatThrownBy(() -> FormulaData.of("x", 1, 1, 0)).hasMessage("formula: 'xMax' (1.0) must be greater than xMin (1.0)");
    }

    @Test
    void formulaIsUsableFromManyThreads() throws Exception {
        Formula f = Formula.parse("x^2 + 1");
        Thread[] threads = new Thread[4];
        double[] sums = new double[4];
        for (int k = 0; k < 4; k++) {
            int id = k;
            threads[k] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10_000; i++) sums[id] += f.applyAsDouble(i % 10);
            });
        }
        for (Thread t : threads) t.join();
        assertThat(sums).containsOnly(1000.0 * (285 + 10));
    }
}
