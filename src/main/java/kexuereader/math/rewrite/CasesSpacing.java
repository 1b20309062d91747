package kexuereader.math.rewrite;

/**
 * {@code cases} with MathJax's spacing. JLaTeXMath builds cases as an array with a negative gap between the
 * value and its condition ({@code l@{\!}l}), so "x, if x>0" runs together; MathJax leaves 1em, as amsmath
 * does. Also covers {@code rcases} (brace on the right).
 */
final class CasesSpacing {

    private static final String COLUMNS = "\\begin{array}{l@{\\quad}l}";

    static String apply(String tex) {
        if (!tex.contains("cases}")) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length() + 64);
        int n = tex.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            String replacement = null;
            int end = i;
            if (tex.startsWith("\\begin{cases}", i)) {
                replacement = "\\left\\{" + COLUMNS;
                end = i + 13;
            } else if (tex.startsWith("\\end{cases}", i)) {
                replacement = "\\end{array}\\right.";
                end = i + 11;
            } else if (tex.startsWith("\\begin{rcases}", i)) {
                replacement = "\\left." + COLUMNS;
                end = i + 14;
            } else if (tex.startsWith("\\end{rcases}", i)) {
                replacement = "\\end{array}\\right\\}";
                end = i + 12;
            }
            if (replacement != null) {
                out.append(tex, copied, i).append(replacement);
                copied = end;
                i = end - 1;
            } else {
                i++; // skip the escaped character
            }
        }
        return out.append(tex, copied, n).toString();
    }
}
