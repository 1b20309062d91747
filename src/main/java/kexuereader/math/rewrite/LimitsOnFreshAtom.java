package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;

import java.util.Set;

/**
 * {@code \sum\limits} → {@code \mathop{\sum\hspace{0pt}}\limits} (likewise {@code \nolimits}, and
 * {@code \mathop{\sum}\limits}). JLaTeXMath implements {@code \limits} by setting a
 * flag on the operator's atom, and for {@code \sum}, {@code \int}, {@code \lim}… that atom is one shared
 * instance for the whole JVM: one {@code \sum\limits} would put every later inline {@code \sum}'s limits below
 * it, in every article, and races with other threads. Wrapping the operator in a fresh {@code \mathop} row makes
 * the flag land on an atom of this formula only; the operator looks the same.
 */
final class LimitsOnFreshAtom {

    private static final Set<String> LIMIT_COMMANDS = Set.of("limits", "nolimits");
    private static final String FRESH = "\\hspace{0pt}";

    static String apply(String tex) {
        if (!tex.contains("limits")) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length() + 32);
        // where the last operand copied to out starts, and what it is
        int lastStart = -1;
        boolean lastIsWord = false;
        int[] groupStarts = new int[16];
        int depth = 0;
        int lastGroupStart = -1;
        int n = tex.length();
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int end = Tex.controlSequenceEnd(tex, i);
                String word = tex.substring(i + 1, end);
                if (LIMIT_COMMANDS.contains(word)) {
                    if (lastIsWord && lastStart >= 0) {
                        String operand = out.substring(lastStart);
                        out.setLength(lastStart);
                        out.append("\\mathop{").append(operand).append(FRESH).append('}');
                    } else if (lastGroupStart >= 0 && out.length() > 0 && out.charAt(out.length() - 1) == '}'
                            && isSingleWord(out, lastGroupStart + 1, out.length() - 1)) {
                        out.insert(out.length() - 1, FRESH);
                    }
                    out.append(tex, i, end);
                    lastStart = -1;
                    lastIsWord = false;
                    lastGroupStart = -1;
                    i = end;
                    continue;
                }
                lastStart = out.length();
                lastIsWord = Tex.isLetter(word.isEmpty() ? ' ' : word.charAt(0));
                lastGroupStart = -1;
                out.append(tex, i, end);
                i = end;
                continue;
            }
            if (c == '{') {
                if (depth == groupStarts.length) {
                    groupStarts = java.util.Arrays.copyOf(groupStarts, depth * 2);
                }
                groupStarts[depth++] = out.length();
                lastIsWord = false;
            } else if (c == '}') {
                lastGroupStart = depth > 0 ? groupStarts[--depth] : -1;
                out.append(c);
                lastIsWord = false;
                i++;
                continue;
            } else if (!Character.isWhitespace(c)) {
                lastIsWord = false;
                lastGroupStart = -1;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Whether {@code s[from, to)} is one control word, spaces aside. */
    private static boolean isSingleWord(CharSequence s, int from, int to) {
        int start = Tex.skipSpaces(s, from);
        if (start >= to || s.charAt(start) != '\\') {
            return false;
        }
        int end = Tex.controlSequenceEnd(s, start);
        return end > start + 1 && Tex.isLetter(s.charAt(start + 1)) && Tex.skipSpaces(s, end) >= to;
    }
}
