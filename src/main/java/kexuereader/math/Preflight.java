package kexuereader.math;

import java.util.Set;

/**
 * Checks a formula before JLaTeXMath sees it, in one linear pass: its size, how deep it nests (JLaTeXMath
 * parses recursively, so depth is what could overflow a stack), and commands that must never reach
 * JLaTeXMath because they write its JVM-wide tables ({@code \newcommand}, {@code \definecolor}, …), read files
 * ({@code \includegraphics}) or change global settings ({@code \magnification}).
 */
final class Preflight {

    private static final Set<String> REFUSED = Set.of(
            "newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment",
            "def", "gdef", "edef", "xdef", "let", "DeclareMathOperator", "definecolor", "DeclareMathSizes",
            "magnification", "includegraphics", "jlmDynamic", "jlmExternalFont", "jlmText", "jlmTextit",
            "jlmTextbf", "jlmTextitbf", "jlmXML", "makeatletter", "makeatother", "usepackage", "input",
            "catcode", "romannumeral", "hdotsfor", "multicolumn", "fcscore");

    private Preflight() {
    }

    /** Why the formula must not be rendered, or {@code null} when it may be. */
    static String check(String latex, SafetyLimits limits) {
        if (latex.length() > limits.maxExpandedChars()) {
            return "formula too long (" + latex.length() + " characters; the limit is " + limits.maxExpandedChars()
                    + ")";
        }
        int depth = 0;
        int deepest = 0;
        int n = latex.length();
        for (int i = 0; i < n; i++) {
            char c = latex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\\' && i + 1 < n) {
                int end = Tex.controlSequenceEnd(latex, i);
                String word = latex.substring(i + 1, end);
                switch (word) {
                    case "begin", "left" -> depth++;
                    case "end", "right" -> depth--;
                    default -> {
                        if (REFUSED.contains(word)) {
                            return "\\" + word + " is not supported";
                        }
                    }
                }
                i = end - 1;
            }
            if (depth > deepest) {
                deepest = depth;
                if (deepest > limits.maxNesting()) {
                    return "formula nests too deeply (more than " + limits.maxNesting() + " levels)";
                }
            }
        }
        return null;
    }
}
