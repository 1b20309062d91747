package kexuereader.math.macro;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the macro definitions in one formula and takes them out of it. The blog writes
 * {@code \newcommand{msign}{…}} without the backslash (MathJax accepts it), so both spellings are read; a
 * definition that cannot be read is left in place, where the renderer refuses it.
 */
public final class DefinitionExtractor {

    /** What a formula holds once its definitions are taken out. */
    public record Extracted(String remaining, List<MacroDefinition> definitions) {
    }

    private DefinitionExtractor() {
    }

    public static Extracted extract(String tex) {
        if (!mayDefine(tex)) {
            return new Extracted(tex, List.of());
        }
        List<MacroDefinition> found = new ArrayList<>();
        String rest = CommandEdits.apply(tex, (at, start, end, name) -> {
            Parsed parsed = switch (name) {
                case "newcommand", "renewcommand", "providecommand" -> newcommand(tex, at.index(), end);
                case "def", "gdef" -> def(tex, at.index(), end);
                case "let" -> let(tex, end);
                case "DeclareMathOperator" -> declareMathOperator(tex, at.index(), end);
                default -> null;
            };
            if (parsed == null) {
                return null;
            }
            found.add(parsed.definition);
            return new CommandEdits.Replacement("", parsed.end);
        });
        return found.isEmpty() ? new Extracted(tex, List.of()) : new Extracted(rest, List.copyOf(found));
    }

    /** Cheap test that lets formulas without definitions skip the scan. */
    static boolean mayDefine(String tex) {
        return tex.contains("command") || tex.contains("\\def") || tex.contains("\\gdef") || tex.contains("\\let")
                || tex.contains("\\DeclareMathOperator");
    }

    private record Parsed(MacroDefinition definition, int end) {
    }

    /** {@code \newcommand{\name}[n][default]{body}}, the name also as {@code {name}} or {@code \name}. */
    private static Parsed newcommand(String s, TexIndex index, int from) {
        int j = from;
        if (j < s.length() && s.charAt(j) == '*') {
            j++;
        }
        j = Tex.skipSpaces(s, j);
        String name;
        if (j < s.length() && s.charAt(j) == '{') {
            int close = index.groupEnd(j);
            if (close == Tex.NONE) {
                return null;
            }
            name = macroName(s.substring(j + 1, close - 1).trim());
            j = close;
        } else if (j < s.length() && s.charAt(j) == '\\') {
            int close = Tex.controlSequenceEnd(s, j);
            name = s.substring(j + 1, close);
            j = close;
        } else {
            return null;
        }
        if (name == null || name.isEmpty()) {
            return null;
        }
        int parameters = 0;
        String defaultArgument = null;
        j = Tex.skipSpaces(s, j);
        if (j < s.length() && s.charAt(j) == '[') {
            int close = index.optionalEnd(j);
            if (close == Tex.NONE) {
                return null;
            }
            String count = s.substring(j + 1, close - 1).trim();
            if (count.length() != 1 || !Character.isDigit(count.charAt(0))) {
                return null;
            }
            parameters = count.charAt(0) - '0';
            j = Tex.skipSpaces(s, close);
            if (j < s.length() && s.charAt(j) == '[') {
                int defaultClose = index.optionalEnd(j);
                if (defaultClose == Tex.NONE) {
                    return null;
                }
                defaultArgument = s.substring(j + 1, defaultClose - 1);
                j = Tex.skipSpaces(s, defaultClose);
            }
        }
        int bodyEnd = index.argumentEnd(s, j);
        if (bodyEnd == Tex.NONE || (defaultArgument != null && parameters == 0)) {
            return null;
        }
        return new Parsed(new MacroDefinition(name, parameters, defaultArgument, Tex.argumentText(s, j, bodyEnd)),
                bodyEnd);
    }

    /** {@code \def\name#1#2{body}}: only undelimited parameters, numbered in order. */
    private static Parsed def(String s, TexIndex index, int from) {
        int j = Tex.skipSpaces(s, from);
        if (j >= s.length() || s.charAt(j) != '\\') {
            return null;
        }
        int nameEnd = Tex.controlSequenceEnd(s, j);
        String name = s.substring(j + 1, nameEnd);
        j = nameEnd;
        int parameters = 0;
        while (j + 1 < s.length() && s.charAt(j) == '#') {
            char digit = s.charAt(j + 1);
            if (digit != (char) ('1' + parameters)) {
                return null;
            }
            parameters++;
            j += 2;
        }
        j = Tex.skipSpaces(s, j);
        int close = index.groupEnd(j);
        if (close == Tex.NONE || name.isEmpty()) {
            return null;
        }
        return new Parsed(new MacroDefinition(name, parameters, null, s.substring(j + 1, close - 1)), close);
    }

    /** {@code \let\a\b} or {@code \let\a=\b}: {@code \a} expands to {@code \b}. */
    private static Parsed let(String s, int from) {
        int j = Tex.skipSpaces(s, from);
        if (j >= s.length() || s.charAt(j) != '\\') {
            return null;
        }
        int nameEnd = Tex.controlSequenceEnd(s, j);
        String name = s.substring(j + 1, nameEnd);
        j = Tex.skipSpaces(s, nameEnd);
        if (j < s.length() && s.charAt(j) == '=') {
            j = Tex.skipSpaces(s, j + 1);
        }
        int targetEnd = Tex.argumentEnd(s, j);
        if (targetEnd == Tex.NONE || name.isEmpty() || s.charAt(j) == '{') {
            return null;
        }
        return new Parsed(new MacroDefinition(name, 0, null, s.substring(j, targetEnd)), targetEnd);
    }

    /** {@code \DeclareMathOperator{\name}{text}} and its starred form (limits below in display style). */
    private static Parsed declareMathOperator(String s, TexIndex index, int from) {
        int j = from;
        boolean star = j < s.length() && s.charAt(j) == '*';
        if (star) {
            j++;
        }
        j = Tex.skipSpaces(s, j);
        int nameEnd = index.argumentEnd(s, j);
        if (nameEnd == Tex.NONE) {
            return null;
        }
        String name = macroName(Tex.argumentText(s, j, nameEnd).trim());
        j = Tex.skipSpaces(s, nameEnd);
        int textEnd = index.argumentEnd(s, j);
        if (textEnd == Tex.NONE || name == null || name.isEmpty()) {
            return null;
        }
        String body = "\\operatorname" + (star ? "*" : "") + "{" + Tex.argumentText(s, j, textEnd) + "}";
        return new Parsed(new MacroDefinition(name, 0, null, body), textEnd);
    }

    /** {@code \name} or the blog's bare {@code name} → {@code name}; anything else → {@code null}. */
    private static String macroName(String written) {
        String name = written.startsWith("\\") ? written.substring(1) : written;
        if (name.isEmpty()) {
            return null;
        }
        if (name.length() == 1) {
            return written.startsWith("\\") ? name : (Tex.isLetter(name.charAt(0)) ? name : null);
        }
        for (int k = 0; k < name.length(); k++) {
            if (!Tex.isLetter(name.charAt(k))) {
                return null;
            }
        }
        return name;
    }
}
