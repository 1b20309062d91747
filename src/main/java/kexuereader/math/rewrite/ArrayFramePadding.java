package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;

/**
 * An {@code array} with a rule at its left or right edge ({@code {|c|c|}}): MathJax sets it as a frame and pads
 * both sides by 0.5 em (its {@code framespacing}); JLaTeXMath (whose outer half gaps are removed, see
 * {@link JlmRuntime}) would put the rules against the cells. {@code {|c|c|}} → {@code {|@{\hspace{0.5em}}c|c@{\hspace{0.5em}}|}}.
 */
final class ArrayFramePadding {

    static final String PAD = "@{\\hspace{0.5em}}";

    static String apply(String tex) {
        if (!tex.contains("\\begin{array}")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            CommandEdits.Group group = name.equals("begin") ? at.arraySpec(end) : null;
            if (group == null) {
                return null;
            }
            int spec = group.open();
            int specEnd = group.end();
            String inner = tex.substring(spec + 1, specEnd - 1).strip();
            boolean left = inner.startsWith("|");
            boolean right = inner.endsWith("|");
            if (!left && !right) {
                return ruledTopOrBottom(tex, start, spec, specEnd, inner);
            }
            int l = 0;
            while (l < inner.length() && inner.charAt(l) == '|') {
                l++;
            }
            int r = inner.length();
            while (r > l && inner.charAt(r - 1) == '|') {
                r--;
            }
            String padded = inner.substring(0, l) + PAD + inner.substring(l, r) + PAD + inner.substring(r);
            return new CommandEdits.Replacement(tex.substring(start, spec) + "{" + padded + "}", specEnd);
        });
    }

    /**
     * An array opening or closing with {@code \\hline} and no rule at its sides ({@code {c|c}}): MathJax makes
     * those rules a partial frame, padded 0.4 em at the sides (here outside the array, so the rules stop 0.4 em short) and about 0.46 em between a rule and its row (a strut
     * row 1.21 em tall under the top rule, 0.71 em deep over the bottom one); JLaTeXMath sets the rules against
     * the rows. Arrays nested inside such an array keep their own padding only if they are unruled.
     */
    private static CommandEdits.Replacement ruledTopOrBottom(String tex, int start, int spec, int specEnd,
                                                             String inner) {
        int bodyEnd = matchingEnd(tex, specEnd);
        if (bodyEnd < 0) {
            return null;
        }
        String body = tex.substring(specEnd, bodyEnd);
        String trimmed = body.strip();
        boolean top = trimmed.startsWith(HLINE);
        String last = trimmed.endsWith(HLINE) ? trimmed.substring(0, trimmed.length() - HLINE.length()).stripTrailing()
                : "";
        boolean bottom = last.endsWith("\\\\");
        if (!top && !bottom) {
            return null;
        }
        // with rules between the rows too, MathJax pads less: 0.26 em (measured on both kinds)
        int rules = body.split("\\\\hline", -1).length - 1;
        boolean between = rules > (top ? 1 : 0) + (bottom ? 1 : 0);
        String topStrut = between ? TOP_STRUT.replace("0.46em", "0.26em") : TOP_STRUT;
        String bottomStrut = between ? BOTTOM_STRUT.replace("0.46em", "0.26em") : BOTTOM_STRUT;
        String padded = body;
        if (bottom) {
            int rowEnd = padded.lastIndexOf("\\\\", padded.lastIndexOf(HLINE) - 2);
            padded = padded.substring(0, rowEnd) + bottomStrut + padded.substring(rowEnd);
        }
        if (top) {
            int afterRule = padded.indexOf(HLINE) + HLINE.length();
            padded = padded.substring(0, afterRule) + topStrut + padded.substring(afterRule);
        }
        // the side padding goes outside the array: JLaTeXMath widens \\hline rows by @{} columns beyond their content
        return new CommandEdits.Replacement(SIDE + tex.substring(start, spec) + "{" + inner + "}" + padded + END + SIDE,
                bodyEnd + END.length());
    }

    /** Where the {@code \\end{array}} closing the array whose body starts at {@code from} begins, or -1. */
    private static int matchingEnd(String tex, int from) {
        int depth = 0;
        int i = from;
        while (true) {
            int open = tex.indexOf("\\begin{array}", i);
            int close = tex.indexOf("\\end{array}", i);
            if (close < 0) {
                return -1;
            }
            if (open >= 0 && open < close) {
                depth++;
                i = open + 1;
            } else if (depth == 0) {
                return close;
            } else {
                depth--;
                i = close + 1;
            }
        }
    }

    private static final String HLINE = "\\hline";
    private static final String SIDE = "\\hspace{0.4em}";
    private static final String END = "\\end{array}";
    private static final String TOP_STRUT = "\\raisebox{0.46em}{\\vphantom{(}}";
    private static final String BOTTOM_STRUT = "\\raisebox{-0.46em}{\\vphantom{(}}";
}
