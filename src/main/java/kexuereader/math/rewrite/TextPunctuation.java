package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.Set;

/**
 * Punctuation and operators inside {@code \text{…}} (and {@code \textbf}, {@code \mbox}, …) become groups:
 * {@code \text{s.t.}} → {@code \text{s{.}t{.}}}. JLaTeXMath sets text-mode characters as math atoms, so a
 * {@code .} got the thin space of punctuation ("s. t."), {@code +}, {@code -} and {@code =} binary and relation
 * spaces; MathJax sets the text as text. A run of dashes stays one group. A space is MathJax's word space,
 * 0.25 em (JLaTeXMath's is the font's, 0.333 em); spaces ending a control word stay. Math inside the text
 * ({@code $…$}) is left alone.
 */
final class TextPunctuation {

    private static final Set<String> TEXT = Set.of("text", "textbf", "textit", "textrm", "textsf", "texttt",
            "textup", "textnormal", "mbox");
    private static final String MARKS = ".,;:+-=!?";
    private static final String WORD_SPACE = "\\hspace{0.25em}";

    private TextPunctuation() {
    }

    static String apply(String tex) {
        if (!tex.contains("\\text") && !tex.contains("\\mbox")) {
            return tex;
        }
        TexIndex index = null;
        StringBuilder out = null;
        int copied = 0;
        int n = tex.length();
        int i = 0;
        while (i < n) {
            if (tex.charAt(i) != '\\') {
                i++;
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            if (!TEXT.contains(tex.substring(i + 1, end))) {
                i = end;
                continue;
            }
            int open = Tex.skipSpaces(tex, end);
            if (open >= n || tex.charAt(open) != '{') {
                i = end;
                continue;
            }
            if (index == null) {
                index = TexIndex.of(tex);
            }
            int close = index.groupEnd(open);
            if (close == Tex.NONE) {
                i = end;
                continue;
            }
            String inside = tex.substring(open + 1, close - 1);
            String grouped = group(inside);
            if (!grouped.equals(inside)) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(tex, copied, open + 1).append(grouped);
                copied = close - 1;
            }
            i = close;
        }
        if (out == null) {
            return tex;
        }
        return out.append(tex, copied, n).toString();
    }

    private static String group(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean math = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                int end = Tex.controlSequenceEnd(text, i);
                boolean word = i + 1 < n && Tex.isLetter(text.charAt(i + 1));
                while (word && end < n && text.charAt(end) == ' ') {
                    end++; // ends the control word: no space in the text
                }
                out.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '$') {
                math = !math;
            }
            if (!math && c == ' ') {
                out.append(WORD_SPACE);
                i++;
                continue;
            }
            if (math || MARKS.indexOf(c) < 0) {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (c == '-' && j < n && text.charAt(j) == '-') {
                j++;
            }
            out.append('{').append(text, i, j).append('}');
            i = j;
        }
        return out.toString();
    }
}
