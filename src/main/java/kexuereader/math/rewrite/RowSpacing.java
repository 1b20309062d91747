package kexuereader.math.rewrite;

import kexuereader.math.tex.OuterEnvironment;
import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of arrays, matrices, {@code cases} and {@code aligned} as MathJax 3 sets them (its {@code mtable}): every
 * row is at least a strut tall (0.75 em above the baseline, 0.25 em below: {@code \vphantom{(}}), rows are
 * {@code rowspacing} apart (0.4 em in arrays and matrices, 0.3 em in {@code aligned}/{@code gathered}, 0.2 em in
 * {@code cases}), and the cells of arrays, matrices and {@code cases} are in text style ({@code aligned}'s in
 * display style). JLaTeXMath's own row gaps are switched off ({@code JlmRuntime}); the gap below a row is its
 * own invisible copy lowered by the amount ({@code \raisebox{-0.4em}{\vphantom{row}}}), which deepens the row by
 * exactly that. {@code \\[5pt]} adds its amount to that gap, in the same raise (JLaTeXMath prints the
 * {@code [5pt]}); a negative amount is dropped.
 */
final class RowSpacing {

    /** How MathJax sets the rows of one environment: the gap below a row, the strut, the cells' style. */
    private record Rows(String gap, boolean strut, String style, boolean pairs) {
    }

    private static final Rows MATRIX = new Rows("0.4em", true, "\\textstyle ", false);
    private static final Rows ALIGNED = new Rows("0.3em", true, "", true);
    private static final Map<String, Rows> ROWS = Map.ofEntries(
            Map.entry("array", MATRIX), Map.entry("matrix", MATRIX), Map.entry("pmatrix", MATRIX),
            Map.entry("bmatrix", MATRIX), Map.entry("Bmatrix", MATRIX), Map.entry("vmatrix", MATRIX),
            Map.entry("Vmatrix", MATRIX),
            Map.entry("cases", new Rows("0.2em", true, "\\textstyle ", false)),
            Map.entry("rcases", new Rows("0.2em", true, "\\textstyle ", false)),
            Map.entry("dcases", new Rows("0.2em", true, "\\displaystyle ", false)),
            Map.entry("smallmatrix", new Rows("0.2em", false, "", false)),
            Map.entry("aligned", ALIGNED), Map.entry("alignedat", new Rows("0.3em", true, "", false)),
            Map.entry("split", new Rows("0.3em", true, "", false)),
            Map.entry("gathered", new Rows("0.3em", true, "", false)));
    private static final java.util.Set<String> ALIGNS = java.util.Set.of("aligned", "alignedat", "split");

    /** The longest row given a phantom, and the slack of the output's bound (4 × the input + this). */
    private static final int MAX_ROW = 8_192;

    private RowSpacing() {
    }

    /** One open group or environment; {@code rows} is null for a group or an environment left alone. */
    private static final class Frame {
        final Rows rows;
        final boolean align;
        int rowStart;
        int contentStart;
        int column;

        Frame(Rows rows, int rowStart) {
            this(rows, rowStart, false);
        }

        Frame(Rows rows, int rowStart, boolean align) {
            this.rows = rows;
            this.rowStart = rowStart;
            this.align = align;
        }
    }

    static String apply(String tex) {
        if (!tex.contains("\\\\") && !tex.contains("\\begin")) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length() + 64);
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(null, 0));
        boolean changed = false;
        int n = tex.length();
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            Frame top = stack.get(stack.size() - 1);
            if (c == '{') {
                out.append(c);
                stack.add(new Frame(null, out.length()));
                i++;
                continue;
            }
            if (c == '}') {
                out.append(c);
                if (stack.size() > 1 && top.rows == null) {
                    stack.remove(stack.size() - 1);
                }
                i++;
                continue;
            }
            if (c == '&' && top.rows != null) {
                out.append(c);
                i = leadingRules(tex, i + 1, out);
                out.append(top.rows.style);
                top.column++;
                if (top.align && top.column % 2 == 1) {
                    out.append("\\mathord{}"); // as amsmath's {}: a relation opening the cell gets its space
                } else if (top.rows.pairs && top.column % 2 == 0) {
                    out.append("\\hspace{1em}"); // pairs of columns 2 em apart (JLaTeXMath: 1 em)
                }
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            String word = tex.substring(i + 1, end);
            if (word.equals("begin") && end < n && tex.charAt(end) == '{') {
                int close = Tex.nameClose(tex, end + 1, 32);
                int after = close == Tex.NONE ? end : close + 1;
                Rows rows = close == Tex.NONE ? null : ROWS.get(tex.substring(end + 1, close));
                if (rows != null) {
                    after = arguments(tex, index, after, tex.substring(end + 1, close));
                }
                out.append(tex, i, after);
                i = after;
                stack.add(new Frame(rows, out.length(), rows != null && ALIGNS.contains(tex.substring(end + 1, close))));
                if (rows != null) {
                    i = leadingRules(tex, i, out);
                    out.append(rows.style);
                    stack.get(stack.size() - 1).contentStart = out.length();
                    changed = true;
                }
                continue;
            }
            if (word.equals("end")) {
                if (top.rows != null && top.rows.strut && !blank(out, top.contentStart)) {
                    out.append("\\vphantom{(}");
                }
                if (stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                }
                out.append(tex, i, end);
                i = end;
                continue;
            }
            if (!word.equals("\\")) {
                out.append(tex, i, end);
                i = end;
                continue;
            }
            int j = end < n && tex.charAt(end) == '*' ? end + 1 : end;
            int bracket = Tex.skipSpaces(tex, j);
            int close = bracket < n && tex.charAt(bracket) == '[' ? index.optionalEnd(bracket) : Tex.NONE;
            String amount = close == Tex.NONE ? "" : tex.substring(bracket + 1, close - 1).trim();
            if (amount.startsWith("-")) {
                amount = "";
            }
            int next = close == Tex.NONE ? end : close;
            boolean last = tex.startsWith("\\end", Tex.skipSpaces(tex, leadingRules(tex, next, new StringBuilder())));
            if (top.rows != null && top.rows.strut) {
                out.append("\\vphantom{(}");
            }
            String gap = top.rows == null || last ? "" : top.rows.gap;
            // each row is copied once into its phantom, nested tables' phantoms too: bounded, so that deep
            // nesting cannot make the output grow exponentially (past the bound, rows lose their gap)
            if ((!gap.isEmpty() || !amount.isEmpty()) && out.length() - top.rowStart <= MAX_ROW
                    && out.length() <= 4L * n + MAX_ROW) {
                String row = OuterEnvironment.cells(withoutRules(out.substring(top.rowStart)));
                StringBuilder phantom = new StringBuilder("\\vphantom{").append(row).append('}');
                String sum = gap.isEmpty() || amount.isEmpty() ? null : sumEm(gap, amount);
                for (String a : gap.isEmpty() ? List.of(amount) : amount.isEmpty() ? List.of(gap)
                        : sum != null ? List.of(sum) : List.of(gap, amount)) {
                    phantom.insert(0, "\\raisebox{-" + a + "}{").append('}');
                }
                out.append(phantom);
                changed = true;
            }
            out.append("\\\\");
            changed |= close != Tex.NONE;
            top.rowStart = out.length();
            top.column = 0;
            i = next;
            if (top.rows != null && !last) {
                i = leadingRules(tex, i, out);
                out.append(top.rows.style);
            }
            top.contentStart = out.length();
        }
        return changed ? out.toString() : tex;
    }

    /**
     * The gap and a {@code \\\\[amount]} as one length in em ({@code 0.3em} + {@code 5pt} → {@code 0.800em}), or
     * {@code null} for a unit not known here. One raise: JLaTeXMath's {@code \\raisebox} of a raised box loses the
     * inner raise, so nested ones dropped the row gap whenever an amount was given.
     */
    private static String sumEm(String gap, String amount) {
        double total = 0;
        for (String length : List.of(gap, amount)) {
            java.util.regex.Matcher m = LENGTH.matcher(length.replace(" ", ""));
            if (!m.matches()) {
                return null;
            }
            Double perUnit = EM_PER_UNIT.get(m.group(2));
            if (perUnit == null) {
                return null;
            }
            total += Double.parseDouble(m.group(1)) * perUnit;
        }
        return String.format(java.util.Locale.ROOT, "%.3fem", total);
    }

    private static final java.util.regex.Pattern LENGTH = java.util.regex.Pattern.compile("(\\d*\\.?\\d+)([a-z]{2})");
    /** em per unit, as MathJax converts them (1 em = 10 pt, as JLaTeXMath lays out here). */
    private static final Map<String, Double> EM_PER_UNIT = Map.of("em", 1.0, "pt", 0.1, "ex", 0.431, "mu", 1 / 18.0,
            "mm", 0.2845, "cm", 2.845, "in", 7.227, "bp", 0.10037, "pc", 1.2);

    /** Past an environment's own arguments: {@code array}'s {@code [t]{cc}}, {@code alignedat}'s {@code {2}}. */
    private static int arguments(String tex, TexIndex index, int i, String name) {
        if (!name.equals("array") && !name.equals("alignedat")) {
            return i;
        }
        int j = Tex.skipSpaces(tex, i);
        if (j < tex.length() && tex.charAt(j) == '[') {
            int close = index.optionalEnd(j);
            if (close == Tex.NONE) {
                return i;
            }
            j = Tex.skipSpaces(tex, close);
        }
        int end = j < tex.length() && tex.charAt(j) == '{' ? index.groupEnd(j) : Tex.NONE;
        return end == Tex.NONE ? i : end;
    }

    /** Copies the {@code \hline}s (and spaces) that open a row: JLaTeXMath wants them first in the row. */
    private static int leadingRules(String tex, int i, StringBuilder out) {
        int n = tex.length();
        while (true) {
            int j = Tex.skipSpaces(tex, i);
            if (j < n && tex.charAt(j) == '\\') {
                int end = Tex.controlSequenceEnd(tex, j);
                String word = tex.substring(j + 1, end);
                if (word.equals("hline") || word.equals("hdashline")) {
                    out.append(tex, i, end);
                    i = end;
                    continue;
                }
            }
            return i;
        }
    }

    /** The row without its rules, for its phantom (a rule cannot stand inside a group). */
    private static String withoutRules(String row) {
        return row.indexOf("line") < 0 ? row : row.replace("\\hline", "").replace("\\hdashline", "");
    }

    /** Whether the row so far holds nothing but spaces and rules (the empty "row" after a final {@code \\}). */
    private static boolean blank(StringBuilder out, int from) {
        return withoutRules(out.substring(from)).isBlank();
    }
}
