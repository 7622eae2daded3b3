package io.gan4j.data;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * Checks a formula's syntax before exp4j builds it, because exp4j's own messages ("Too many
 * operators", "Mismatched parentheses") say neither where nor what. One left-to-right pass
 * that tracks whether an operand or an operator comes next, and the open parentheses.
 *
 * <p>Accepts what exp4j evaluates the same way, a little more strictly: implicit
 * multiplication before a name or '(' ({@code 2x}, {@code 2sin(x)}, {@code (x+1)(x-1)}), but
 * not before a number ({@code x 2}); names are whole words ({@code x2} and {@code ex} are
 * unknown names rather than {@code x*2} and {@code e*x}); functions need parentheses.
 */
final class FormulaSyntax {
    private static final String BINARY_ONLY = "*/^%";
    private static final String SIGNS = "+-";

    private final String text;
    private final Set<String> names;
    private final Map<String, Integer> arities;
    private final Deque<Group> groups = new ArrayDeque<>();
    private boolean operandNext = true;
    private int pos;

    /** An open parenthesis, and the function it belongs to (null for plain grouping). */
    private static final class Group {
        final int open, namePos;
        final String function;
        int arguments = 1;

        Group(int open, int namePos, String function) {
            this.open = open;
            this.namePos = namePos;
            this.function = function;
        }
    }

    private FormulaSyntax(String text, Set<String> names, Map<String, Integer> arities) {
        this.text = text;
        this.names = names;
        this.arities = arities;
    }

    /**
     * @param names variables and constants
     * @param arities the functions and how many arguments each takes
     */
    static void check(String text, Set<String> names, Map<String, Integer> arities) {
        if (text.isBlank()) throw new FormulaException(text, 0, "is empty");
        new FormulaSyntax(text, names, arities).run();
    }

    private void run() {
        for (skipSpaces(); pos < text.length(); skipSpaces()) step(text.charAt(pos));
        if (operandNext) throw error(text.length(), "ends too early: a number, a name or '(' is missing");
        if (!groups.isEmpty()) throw error(groups.peek().open, "'(' is never closed");
    }

    private void step(char c) {
        if (isDigit(c) || c == '.') number();
        else if (isNameStart(c)) name();
        else if (c == '(') open(pos, -1, null);
        else if (c == ')') close();
        else if (c == ',') comma();
        else if (SIGNS.indexOf(c) >= 0) operator();
        else if (BINARY_ONLY.indexOf(c) >= 0 && !operandNext) operator();
        else throw error(pos, "unexpected '" + c + "'");
    }

    private void number() {
        int start = pos;
        if (!operandNext) throw error(start, "a number cannot follow here without an operator");
        int end = start;
        while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) end++;
        String digits = text.substring(start, end);
        if (digits.indexOf('.') != digits.lastIndexOf('.') || digits.equals(".")) {
            throw error(start, "malformed number '" + digits + "'");
        }
        pos = exponentEnd(end);
        operandNext = false;
    }

    /** Past an exponent such as {@code e-3} when one follows; otherwise {@code end} ({@code 2e} is 2 times e). */
    private int exponentEnd(int end) {
        if (end >= text.length() || Character.toLowerCase(text.charAt(end)) != 'e') return end;
        int i = end + 1;
        if (i < text.length() && SIGNS.indexOf(text.charAt(i)) >= 0) i++;
        if (i >= text.length() || !isDigit(text.charAt(i))) return end;
        while (i < text.length() && isDigit(text.charAt(i))) i++;
        return i;
    }

    private void name() {
        int start = pos, end = start;
        while (end < text.length() && isNamePart(text.charAt(end))) end++;
        String name = text.substring(start, end);
        pos = end;
        skipSpaces();
        boolean call = pos < text.length() && text.charAt(pos) == '(';
        if (arities.containsKey(name)) {
            if (!call) throw error(start, "function '" + name + "' needs its arguments in parentheses, e.g. " + name + "(x)");
            open(pos, start, name);
        } else if (names.contains(name)) {
            operandNext = false;
        } else {
            throw error(start, unknown(name, call));
        }
    }

    private String unknown(String name, boolean call) {
        if (call) return "unknown function '" + name + "' (known: " + String.join(", ", arities.keySet()) + ")";
        return "unknown variable '" + name + "' (known: " + String.join(", ", names) + ")";
    }

    private void open(int at, int namePos, String function) {
        groups.push(new Group(at, namePos, function));
        operandNext = true;
        pos = at + 1;
    }

    private void close() {
        if (groups.isEmpty()) throw error(pos, "unexpected ')' without a matching '('");
        Group group = groups.peek();
        if (operandNext) {
            if (group.function != null && group.arguments == 1) throw wrongArity(group, 0);
            throw error(pos, "unexpected ')'");
        }
        if (group.function != null && group.arguments != arities.get(group.function)) throw wrongArity(group, group.arguments);
        groups.pop();
        operandNext = false;
        pos++;
    }

    private void comma() {
        Group group = groups.peek();
        if (group == null || group.function == null) throw error(pos, "unexpected ',' outside a function's arguments");
        if (operandNext) throw error(pos, "unexpected ','");
        if (group.arguments >= arities.get(group.function)) throw wrongArity(group, group.arguments + 1);
        group.arguments++;
        operandNext = true;
        pos++;
    }

    private void operator() {
        operandNext = true;
        pos++;
    }

    private FormulaException wrongArity(Group group, int given) {
        int wanted = arities.get(group.function);
        String args = wanted == 1 ? " argument" : " arguments";
        return error(group.namePos, "function '" + group.function + "' takes " + wanted + args + ", got " + given);
    }

    private FormulaException error(int index, String reason) {
        return new FormulaException(text, index + 1, reason);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
