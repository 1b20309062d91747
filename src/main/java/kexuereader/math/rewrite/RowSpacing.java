package kexuereader.math.rewrite;

import kexuereader.math.tex.OuterEnvironment;
import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.Arrays;

/**
 * {@code \\[5pt]} (extra space below a row) works in JLaTeXMath's arrays only as far as the {@code \\}: the
 * {@code [5pt]} is printed. The row gets the space as in LaTeX, by adding its own invisible copy lowered by the
 * amount ({@code \raisebox{-5pt}{\vphantom{row}}}): that deepens the row by exactly 5pt and changes nothing
 * else. A negative amount, which would pull rows together, is dropped.
 */
final class RowSpacing {

    static String apply(String tex) {
        if (!tex.contains("\\\\")) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length() + 64);
        int[] rowStart = new int[16];
        int depth = 0;
        boolean changed = false;
        int n = tex.length();
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '{' || c == '}') {
                out.append(c);
                if (c == '{') {
                    rowStart = ensureCapacity(rowStart, depth);
                    depth = push(rowStart, depth, out.length());
                } else {
                    depth = Math.max(0, depth - 1);
                }
                i++;
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            String word = tex.substring(i + 1, end);
            if (word.equals("begin") && end < n && tex.charAt(end) == '{') {
                int close = Tex.nameClose(tex, end + 1, 32);
                int after = close == Tex.NONE ? end : close + 1;
                out.append(tex, i, after);
                rowStart = ensureCapacity(rowStart, depth);
                depth = push(rowStart, depth, out.length());
                i = after;
                continue;
            }
            if (word.equals("end")) {
                depth = Math.max(0, depth - 1);
                out.append(tex, i, end);
                i = end;
                continue;
            }
            if (!word.equals("\\")) {
                out.append(tex, i, end);
                i = end;
                continue;
            }
            int j = end < n && tex.charAt(end) == '*' ? end + 1 : end;
            int bracket = Tex.skipSpaces(tex, j);
            int close = bracket < n && tex.charAt(bracket) == '[' ? index.optionalEnd(bracket) : Tex.NONE;
            if (close == Tex.NONE) {
                out.append(tex, i, end);
                rowStart[depth] = out.length();
                i = end;
                continue;
            }
            String amount = tex.substring(bracket + 1, close - 1).trim();
            if (!amount.isEmpty() && !amount.startsWith("-")) {
                String row = out.substring(rowStart[depth]);
                out.append("\\raisebox{-").append(amount).append("}{\\vphantom{").append(OuterEnvironment.cells(row))
                        .append("}}");
            }
            out.append("\\\\");
            rowStart[depth] = out.length();
            changed = true;
            i = close;
        }
        return changed ? out.toString() : tex;
    }

    private static int[] ensureCapacity(int[] rowStart, int depth) {
        return depth + 2 < rowStart.length ? rowStart : Arrays.copyOf(rowStart, rowStart.length * 2 + depth);
    }

    private static int push(int[] rowStart, int depth, int position) {
        rowStart[depth + 1] = position;
        return depth + 1;
    }
}
