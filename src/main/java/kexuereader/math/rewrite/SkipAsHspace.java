package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

import java.util.Set;

/**
 * TeX's spacing primitives with an unbraced dimension ({@code \kern3pt}, {@code \mkern 3mu},
 * {@code \hskip1em}, {@code \mskip}) → {@code \hspace{3pt}}. MathJax reads them the TeX way; JLaTeXMath reads
 * only one character of the dimension and prints the rest ({@code \kern3pt} shows "pt").
 */
final class SkipAsHspace {

    private static final Set<String> COMMANDS = Set.of("kern", "mkern", "hskip", "mskip");
    private static final int MAX_DIMENSION = 32;

    static String apply(String tex) {
        if (!tex.contains("kern") && !tex.contains("skip")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (!COMMANDS.contains(name)) {
                return null;
            }
            int from = Tex.skipSpaces(tex, end);
            int dimEnd = dimensionEnd(tex, from);
            if (dimEnd == Tex.NONE) {
                return null;
            }
            String dimension = tex.substring(from, dimEnd);
            if (dimension.startsWith("{") && dimension.endsWith("}")) {
                dimension = dimension.substring(1, dimension.length() - 1).trim();
            }
            return new CommandEdits.Replacement("\\hspace{" + dimension + "}", dimEnd);
        });
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
