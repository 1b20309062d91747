package kexuereader.math;

import kexuereader.math.tex.ColumnSpec;
import kexuereader.math.tex.Tex;

import java.util.Set;

/**
 * Checks a formula before JLaTeXMath sees it, in one linear pass: its size, how deep it nests (JLaTeXMath
 * parses recursively, so depth is what could overflow a stack), and commands that must never reach
 * JLaTeXMath because they write its JVM-wide tables ({@code \newcommand}, {@code \definecolor}, …), read files
 * ({@code \includegraphics}) or change global settings ({@code \magnification}); and tables whose size
 * JLaTeXMath would multiply out: a column spec's repeats ({@code *{2147483647}{c}} never ends) and rows × columns.
 */
final class Preflight {

    private static final Set<String> REFUSED = Set.of(
            "newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment",
            "def", "gdef", "edef", "xdef", "let", "DeclareMathOperator", "definecolor", "DeclareMathSizes",
            "magnification", "includegraphics", "jlmDynamic", "jlmExternalFont", "jlmText", "jlmTextit",
            "jlmTextbf", "jlmTextitbf", "jlmXML", "makeatletter", "makeatother", "usepackage", "input",
            "catcode", "romannumeral", "hdotsfor", "multicolumn", "fcscore");

    /** The environments whose first argument is a column spec. */
    private static final Set<String> SPEC_ENVIRONMENTS = Set.of("array", "tabular", "subarray", "darray");
    /** A longer column spec is refused unread, so that many unclosed specs cannot make the pass quadratic. */
    private static final int MAX_SPEC_CHARS = 4096;

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
        // per open environment: its rows so far, its widest row, the cells of the current row
        long[] rows = new long[limits.maxNesting() + 2];
        long[] widest = new long[limits.maxNesting() + 2];
        long[] cells = new long[limits.maxNesting() + 2];
        int tables = 0;
        for (int i = 0; i < n; i++) {
            char c = latex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '&' && tables > 0) {
                cells[tables]++;
                widest[tables] = Math.max(widest[tables], cells[tables]);
            } else if (c == '\\' && i + 1 < n) {
                int end = Tex.controlSequenceEnd(latex, i);
                String word = latex.substring(i + 1, end);
                switch (word) {
                    case "begin" -> {
                        depth++;
                        if (tables + 1 < rows.length) {
                            tables++;
                            rows[tables] = 1;
                            cells[tables] = 1;
                            widest[tables] = 1;
                            long columns = specColumns(latex, end, limits);
                            if (columns == ColumnSpec.UNCLOSED) {
                                return "array column spec too long or unclosed";
                            }
                            if (columns > limits.maxColumns()) {
                                return "array has too many columns (more than " + limits.maxColumns() + ")";
                            }
                            widest[tables] = Math.max(1, columns);
                        }
                    }
                    case "end" -> {
                        depth--;
                        tables = Math.max(0, tables - 1);
                    }
                    case "\\", "cr" -> {
                        if (tables > 0) {
                            rows[tables]++;
                            cells[tables] = 1;
                        }
                    }
                    case "left" -> depth++;
                    case "right" -> depth--;
                    default -> {
                        if (REFUSED.contains(word)) {
                            return "\\" + word + " is not supported";
                        }
                    }
                }
                i = end - 1;
            }
            if (tables > 0 && rows[tables] * widest[tables] > limits.maxTableCells()) {
                return "table too large (more than " + limits.maxTableCells() + " cells)";
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

    /**
     * The columns of the column spec after {@code \begin{array}} (or {@code tabular}, …) ending at {@code i}, its
     * repeats counted, not expanded; 0 for other environments.
     */
    private static long specColumns(String latex, int i, SafetyLimits limits) {
        int open = Tex.skipSpaces(latex, i);
        if (open >= latex.length() || latex.charAt(open) != '{') {
            return 0;
        }
        int close = Tex.nameClose(latex, open + 1, 32);
        if (close < 0 || !SPEC_ENVIRONMENTS.contains(latex.substring(open + 1, close).strip())) {
            return 0;
        }
        int spec = Tex.skipSpaces(latex, close + 1);
        if (spec < latex.length() && latex.charAt(spec) == '[') {
            int bracket = latex.indexOf(']', spec);
            spec = bracket < 0 || bracket - spec > 16 ? spec : Tex.skipSpaces(latex, bracket + 1);
        }
        if (spec >= latex.length() || latex.charAt(spec) != '{') {
            return 0;
        }
        return ColumnSpec.columns(latex, spec, MAX_SPEC_CHARS, limits.maxColumns() + 1L);
    }
}
