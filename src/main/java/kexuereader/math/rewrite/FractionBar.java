package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;

import kexuereader.math.tex.TexIndex;

import java.util.Arrays;

/**
 * {@code \frac{a}{b}} → {@code \frac{\hspace{1pt}a\hspace{1pt}}{\hspace{1pt}b\hspace{1pt}}}: MathJax draws a
 * fraction's bar 0.1 em beyond its numerator and denominator on each side (TeX and JLaTeXMath stop it at the
 * wider of the two), so every fraction of the blog is 0.2 em wider than ours. 1pt is 0.1 em at the 10pt
 * JLaTeXMath lays out at, the fraction's own size for fractions not inside scripts. Nested fractions get
 * theirs too: all insertion points are collected in one pass, then written in order.
 */
final class FractionBar {

    static final String PAD = "\\hspace{1pt}";

    static String apply(String tex) {
        if (!tex.contains("frac")) {
            return tex;
        }
        TexIndex index = null;
        // insertion points, position * 4 + kind; at one position closings come first, inner before outer:
        // 0: PAD + "}" (after a token argument), 1: PAD (before a group's "}"), 2: "{" + PAD, 3: PAD (after "{")
        long[] points = new long[16];
        int count = 0;
        int i = tex.indexOf('\\');
        while (i >= 0) {
            int end = Tex.controlSequenceEnd(tex, i);
            String name = tex.substring(i + 1, end);
            if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac") || name.equals("cfrac")) {
                if (index == null) {
                    index = TexIndex.of(tex);
                }
                int a = Tex.skipSpaces(tex, end);
                int aEnd = index.argumentEnd(tex, a);
                int b = aEnd < 0 ? Tex.NONE : Tex.skipSpaces(tex, aEnd);
                int bEnd = b == Tex.NONE ? Tex.NONE : index.argumentEnd(tex, b);
                if (bEnd > b && aEnd > a) {
                    if (count + 4 > points.length) {
                        points = Arrays.copyOf(points, points.length * 2);
                    }
                    count = pad(tex, a, aEnd, points, count);
                    count = pad(tex, b, bEnd, points, count);
                }
            }
            i = tex.indexOf('\\', end);
        }
        if (count == 0) {
            return tex;
        }
        Arrays.sort(points, 0, count);
        StringBuilder out = new StringBuilder(tex.length() + count * 14);
        int copied = 0;
        for (int k = 0; k < count; k++) {
            int at = (int) (points[k] >> 2);
            int kind = (int) (points[k] & 3);
            out.append(tex, copied, at);
            copied = at;
            switch (kind) {
                case 0 -> out.append(PAD).append('}');
                case 2 -> out.append('{').append(PAD);
                default -> out.append(PAD);
            }
        }
        return out.append(tex, copied, tex.length()).toString();
    }

    /** The insertions that pad the argument {@code [start, end)}: inside its braces, or braces around a token. */
    private static int pad(String tex, int start, int end, long[] points, int count) {
        if (tex.charAt(start) == '{') {
            points[count++] = (long) (start + 1) << 2 | 3;
            points[count++] = (long) (end - 1) << 2 | 1;
        } else {
            points[count++] = (long) start << 2 | 2;
            points[count++] = (long) end << 2;
        }
        return count;
    }
}
