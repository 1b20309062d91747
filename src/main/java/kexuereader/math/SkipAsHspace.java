package kexuereader.math;

import java.util.Set;

/**
 * TeX's spacing primitives with an unbraced dimension ({@code \kern3pt}, {@code \mkern 3mu},
 * {@code \hskip1em}, {@code \mskip}) → {@code \hspace{3pt}}. MathJax reads them the TeX way; JLaTeXMath reads
 * only one character of the dimension and prints the rest ({@code \kern3pt} shows "pt").
 */
final class SkipAsHspace implements Rewrite {

    private static final Set<String> COMMANDS = Set.of("kern", "mkern", "hskip", "mskip");
    private static final int MAX_DIMENSION = 32;

    @Override
    public String name() {
        return "skip-as-hspace";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("kern") && !tex.contains("skip")) {
            return tex;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            if (!COMMANDS.contains(tex.substring(i + 1, end))) {
                i = end - 1;
                continue;
            }
            int start = Tex.skipSpaces(tex, end);
            int dimEnd = dimensionEnd(tex, start);
            if (dimEnd == Tex.NONE) {
                i = end - 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            String dimension = tex.substring(start, dimEnd);
            if (dimension.startsWith("{") && dimension.endsWith("}")) {
                dimension = dimension.substring(1, dimension.length() - 1).trim();
            }
            out.append(tex, copied, i).append("\\hspace{").append(dimension).append('}');
            copied = dimEnd;
            i = dimEnd - 1;
        }
        return out == null ? tex : out.append(tex, copied, n).toString();
    }

    /** End of a dimension: an optional sign, a number, a two-letter unit; or a short brace group. */
    private static int dimensionEnd(String s, int from) {
        int n = s.length();
        if (from < n && s.charAt(from) == '{') {
            int close = Tex.nameClose(s, from + 1, MAX_DIMENSION);
            return close == Tex.NONE ? Tex.NONE : close + 1;
        }
        int j = from;
        if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
            j++;
        }
        int digits = j;
        while (j < n && j - from < MAX_DIMENSION && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        if (j == digits) {
            return Tex.NONE;
        }
        j = Tex.skipSpaces(s, j);
        if (j + 2 > n || !Tex.isLetter(s.charAt(j)) || !Tex.isLetter(s.charAt(j + 1))) {
            return Tex.NONE;
        }
        return j + 2;
    }
}
