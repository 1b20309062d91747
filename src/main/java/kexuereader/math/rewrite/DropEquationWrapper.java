package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;

/**
 * {@code \begin{equation}…\end{equation}} (starred or not) around a whole formula becomes its content:
 * JLaTeXMath has no equation environment, and the number is drawn by our numbering.
 */
final class DropEquationWrapper {

    private static final String[] NAMES = {"equation", "equation*", "displaymath"};

    static String apply(String tex) {
        int start = Tex.skipSpaces(tex, 0);
        int end = tex.length();
        while (end > start && Character.isWhitespace(tex.charAt(end - 1))) {
            end--;
        }
        for (String env : NAMES) {
            String begin = "\\begin{" + env + "}";
            String close = "\\end{" + env + "}";
            if (tex.startsWith(begin, start) && end - start >= begin.length() + close.length()
                    && tex.startsWith(close, end - close.length())) {
                return tex.substring(start + begin.length(), end - close.length());
            }
        }
        return tex;
    }
}
