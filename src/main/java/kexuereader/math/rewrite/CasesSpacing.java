package kexuereader.math.rewrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code cases} with MathJax's spacing. JLaTeXMath builds cases as an array with a negative gap between the
 * value and its condition ({@code l@{\!}l}), so "x, if x>0" runs together; MathJax leaves 1em, as amsmath
 * does. A cases whose rows have one cell only has one column and no gap (an {@code @{\quad}} column would add
 * its 1 em to every row). Also covers {@code rcases} (brace on the right).
 */
final class CasesSpacing {

    private static final String COLUMNS = "\\begin{array}{l@{\\quad}l}";
    private static final String ONE_COLUMN = "\\begin{array}{l}";

    static String apply(String tex) {
        if (!tex.contains("cases}")) {
            return tex;
        }
        Set<Integer> twoColumns = twoColumns(tex);
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
                replacement = "\\left\\{" + (twoColumns.contains(i) ? COLUMNS : ONE_COLUMN);
                end = i + 13;
            } else if (tex.startsWith("\\end{cases}", i)) {
                replacement = "\\end{array}\\right.";
                end = i + 11;
            } else if (tex.startsWith("\\begin{rcases}", i)) {
                replacement = "\\left." + (twoColumns.contains(i) ? COLUMNS : ONE_COLUMN);
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

    /** Where a cases (or rcases) begins whose own rows hold an {@code &}: one pass, environments on a stack. */
    private static Set<Integer> twoColumns(String tex) {
        Set<Integer> found = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>(); // begin positions; -1 for an environment other than cases
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            char c = tex.charAt(i);
            if (c == '&' && !open.isEmpty() && open.peek() >= 0) {
                found.add(open.peek());
            } else if (c == '\\') {
                if (tex.startsWith("\\begin{", i)) {
                    boolean cases = tex.startsWith("\\begin{cases}", i) || tex.startsWith("\\begin{rcases}", i);
                    open.push(cases ? i : -1);
                } else if (tex.startsWith("\\end{", i) && !open.isEmpty()) {
                    open.pop();
                }
                i++; // the escaped character (\& is no cell)
            }
        }
        return found;
    }
}
