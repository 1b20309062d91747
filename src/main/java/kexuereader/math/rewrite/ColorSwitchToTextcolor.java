package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.Arrays;

/**
 * {@code \color{c}{x}} (MathJax 2's two-argument form) and {@code {\color{c} x}} (LaTeX's switch) both become
 * {@code \textcolor{c}{x}}: JLaTeXMath knows neither. A switch colours up to the end of its group, cell
 * ({@code &}), row ({@code \\}), environment or {@code \left…\right} pair, as in LaTeX.
 */
final class ColorSwitchToTextcolor {

    static String apply(String tex) {
        if (!tex.contains("\\color")) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length() + 32);
        int[] pending = new int[16];
        int depth = 0;
        int n = tex.length();
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '{') {
                out.append(c);
                if (++depth == pending.length) {
                    pending = Arrays.copyOf(pending, depth * 2);
                }
                pending[depth] = 0;
                i++;
            } else if (c == '}') {
                depth = closeLevel(out, pending, depth);
                out.append(c);
                i++;
            } else if (c == '&') {
                closePending(out, pending, depth);
                out.append(c);
                i++;
            } else if (c == '\\') {
                int end = Tex.controlSequenceEnd(tex, i);
                String word = tex.substring(i + 1, end);
                switch (word) {
                    case "color" -> {
                        int next = colorSpecEnd(tex, index, end);
                        if (next == Tex.NONE) {
                            out.append(tex, i, end);
                            i = end;
                            break;
                        }
                        out.append("\\textcolor").append(tex, end, next);
                        int k = Tex.skipSpaces(tex, next);
                        if (k >= n || tex.charAt(k) != '{') {
                            out.append('{');
                            pending[depth]++;
                        }
                        i = next;
                    }
                    case "begin", "left" -> {
                        out.append(tex, i, end);
                        if (++depth == pending.length) {
                            pending = Arrays.copyOf(pending, depth * 2);
                        }
                        pending[depth] = 0;
                        i = end;
                    }
                    case "end", "right" -> {
                        depth = closeLevel(out, pending, depth);
                        out.append(tex, i, end);
                        i = end;
                    }
                    case "\\" -> {
                        closePending(out, pending, depth);
                        out.append(tex, i, end);
                        i = end;
                    }
                    default -> {
                        out.append(tex, i, end);
                        i = end;
                    }
                }
            } else {
                out.append(c);
                i++;
            }
        }
        for (int d = depth; d >= 0; d--) {
            closePending(out, pending, d);
        }
        return out.toString();
    }

    /** End of {@code [model]{spec}} after {@code \color}, or {@link Tex#NONE} when malformed. */
    private static int colorSpecEnd(String tex, TexIndex index, int from) {
        int j = from;
        if (j < tex.length() && tex.charAt(j) == '[') {
            j = index.optionalEnd(j);
            if (j == Tex.NONE) {
                return Tex.NONE;
            }
        }
        j = Tex.skipSpaces(tex, j);
        return index.groupEnd(j);
    }

    private static void closePending(StringBuilder out, int[] pending, int depth) {
        for (int k = 0; k < pending[depth]; k++) {
            out.append('}');
        }
        pending[depth] = 0;
    }

    private static int closeLevel(StringBuilder out, int[] pending, int depth) {
        closePending(out, pending, depth);
        return depth > 0 ? depth - 1 : 0;
    }
}
