package kexuereader.bench.fidelity;

import java.util.List;
import kexuereader.math.Segment;

/**
 * One formula of the benchmark, as both engines get it.
 *
 * @param id      file name stem, {@code <document>-<n>}
 * @param source  as written in the article, delimiters included
 * @param tex     what MathJax gets: the source without its {@code $}/{@code \[} delimiters
 * @param display display or inline
 * @param ourTags the equation numbers we show, in row order
 * @param segment what our engine renders
 */
record FormulaCase(String id, String source, String tex, boolean display, List<String> ourTags, Segment segment) {

    /** The source without its math delimiters, as MathJax's page scanner hands it to the TeX input. */
    static String texOf(String source) {
        String s = source.strip();
        String[][] pairs = {{"$$", "$$"}, {"\\[", "\\]"}, {"\\(", "\\)"}, {"$", "$"}};
        for (String[] p : pairs) {
            if (s.length() >= p[0].length() + p[1].length() && s.startsWith(p[0]) && s.endsWith(p[1])) {
                return s.substring(p[0].length(), s.length() - p[1].length());
            }
        }
        return s;
    }
}
