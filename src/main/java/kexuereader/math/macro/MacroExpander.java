package kexuereader.math.macro;

import kexuereader.math.tex.Tex;

import java.util.Arrays;

/**
 * Expands an article's own macros in a formula before JLaTeXMath sees it, so JLaTeXMath's JVM-wide macro
 * table is never written and one article's macros cannot leak into another.
 *
 * <p>Bounded like MathJax's own expander: a recursive definition ({@code \def\a{\a}\a},
 * {@code \newcommand{\x}{\x\x}\x}) ends with a failure after a fixed number of expansions or a fixed amount of
 * text, never a hang or a stack overflow (the expansion is iterative: pending input is a stack of characters).
 */
public final class MacroExpander {

    /** Outcome of an expansion. */
    public sealed interface Result {
    }

    /** The formula with every macro of the article replaced. */
    public record Expanded(String tex) implements Result {
    }

    /** Why expansion stopped. */
    public record Failed(String reason) implements Result {
    }

    private final Macros macros;
    private final ExpansionLimits limits;

    /** Pending input, last character on top (so pushing an expansion is appending it reversed). */
    private char[] pending = new char[64];
    private int top;
    private long pushed;

    private MacroExpander(Macros macros, ExpansionLimits limits) {
        this.macros = macros;
        this.limits = limits;
    }

    public static Result expand(String tex, Macros macros, ExpansionLimits limits) {
        if (macros.isEmpty() || tex.indexOf('\\') < 0) {
            return new Expanded(tex);
        }
        return new MacroExpander(macros, limits).run(tex);
    }

    private Result run(String tex) {
        push(tex);
        StringBuilder out = new StringBuilder(tex.length() + 32);
        int expansions = 0;
        while (top > 0) {
            char c = pending[--top];
            if (c != '\\' || top == 0) {
                out.append(c);
            } else {
                String name = popName();
                MacroDefinition definition = macros.get(name);
                if (definition == null) {
                    out.append('\\').append(name);
                } else {
                    if (++expansions > limits.maxMacroExpansions()) {
                        return new Failed("macro \\" + name + " expands more than " + limits.maxMacroExpansions()
                                + " times (recursive definition?)");
                    }
                    String[] args = new String[definition.parameters()];
                    String problem = readArguments(definition, args);
                    if (problem != null) {
                        return new Failed(problem);
                    }
                    String body = substitute(definition.body(), args);
                    if (!push(body)) {
                        return new Failed("macro \\" + name + " expands to more than "
                                + limits.maxExpandedChars() + " characters (recursive definition?)");
                    }
                }
            }
            if (out.length() > limits.maxExpandedChars()) {
                return new Failed("formula grows past " + limits.maxExpandedChars() + " characters when its macros"
                        + " are expanded");
            }
        }
        return new Expanded(out.toString());
    }

    /** Pops the rest of a control sequence whose backslash was just popped. */
    private String popName() {
        char first = pending[--top];
        if (!Tex.isLetter(first)) {
            return String.valueOf(first);
        }
        StringBuilder name = new StringBuilder().append(first);
        while (top > 0 && Tex.isLetter(pending[top - 1])) {
            name.append(pending[--top]);
        }
        return name.toString();
    }

    private String readArguments(MacroDefinition definition, String[] args) {
        int first = 0;
        if (definition.defaultArgument() != null) {
            skipSpaces();
            if (top > 0 && pending[top - 1] == '[') {
                top--;
                String optional = popUntilBracket();
                if (optional == null) {
                    return "unclosed optional argument of \\" + definition.name();
                }
                args[0] = optional;
            } else {
                args[0] = definition.defaultArgument();
            }
            first = 1;
        }
        for (int a = first; a < args.length; a++) {
            skipSpaces();
            String arg = popArgument();
            if (arg == null) {
                return "missing argument " + (a + 1) + " of \\" + definition.name();
            }
            args[a] = arg;
        }
        return null;
    }

    private void skipSpaces() {
        while (top > 0 && Character.isWhitespace(pending[top - 1])) {
            top--;
        }
    }

    /** One argument: a balanced group (without its braces), a control sequence, or one character. */
    private String popArgument() {
        if (top == 0) {
            return null;
        }
        char c = pending[top - 1];
        if (c == '}') {
            return null;
        }
        if (c == '{') {
            top--;
            StringBuilder arg = new StringBuilder();
            int depth = 1;
            while (top > 0) {
                char d = pending[--top];
                if (d == '\\' && top > 0) {
                    arg.append(d).append(pending[--top]);
                    continue;
                }
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    return arg.toString();
                }
                arg.append(d);
            }
            return null;
        }
        top--;
        if (c == '\\' && top > 0) {
            return "\\" + popName();
        }
        if (Character.isHighSurrogate(c) && top > 0) {
            return new String(new char[] {c, pending[--top]});
        }
        return String.valueOf(c);
    }

    private String popUntilBracket() {
        StringBuilder arg = new StringBuilder();
        int depth = 0;
        while (top > 0) {
            char d = pending[--top];
            if (d == '\\' && top > 0) {
                arg.append(d).append(pending[--top]);
                continue;
            }
            if (d == '{') {
                depth++;
            } else if (d == '}') {
                depth--;
            } else if (d == ']' && depth == 0) {
                return arg.toString();
            }
            arg.append(d);
        }
        return null;
    }

    /** The body with {@code #n} replaced by the arguments and {@code ##} by {@code #}. */
    private static String substitute(String body, String[] args) {
        if (body.indexOf('#') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + 16);
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '#' && i + 1 < n) {
                char d = body.charAt(i + 1);
                if (d == '#') {
                    out.append('#');
                    i++;
                    continue;
                }
                int k = d - '1';
                if (k >= 0 && k < args.length) {
                    out.append(args[k]);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Pushes text to be read next; {@code false} when the budget for pending text is spent. */
    private boolean push(String s) {
        int len = s.length();
        pushed += len;
        if (top + len > limits.maxExpandedChars() * 4L || pushed > limits.maxExpansionWork()) {
            return false;
        }
        if (top + len > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, top + len));
        }
        for (int k = len - 1; k >= 0; k--) {
            pending[top++] = s.charAt(k);
        }
        return true;
    }
}
