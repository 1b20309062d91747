package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.Map;

/**
 * {@code \bar{A}} → {@code \bar{A}\vphantom{\raisebox{0.125em}{\bar{A}}}}: an accented symbol as tall as MathJax
 * makes it. MathJax's box reaches the accent glyph's nominal top, 0.08–0.15 em above JLaTeXMath's (the ink is at
 * the same height), and MathJax sizes {@code \left(…\right)} delimiters, rows and fractions by that box: a
 * {@code \left(z\bar{A}\right)} took the next size up. The phantom comes after the accent's scripts, which MathJax
 * places as on the bare letter, so they keep their place. Nested accents are left to the outer one.
 */
final class AccentHeight {

    /** How much taller MathJax's box is, by accent, measured over an x-height letter. */
    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("bar", "0.125em"), Map.entry("hat", "0.116em"), Map.entry("tilde", "0.082em"),
            Map.entry("vec", "0.131em"), Map.entry("dot", "0.099em"), Map.entry("ddot", "0.094em"),
            Map.entry("acute", "0.147em"), Map.entry("breve", "0.132em"), Map.entry("check", "0.150em"),
            Map.entry("mathring", "0.126em"));

    private AccentHeight() {
    }

    static String apply(String tex) {
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
            String extra = EXTRA.get(tex.substring(i + 1, end));
            if (extra == null) {
                i = end;
                continue;
            }
            if (index == null) {
                index = TexIndex.of(tex);
            }
            int argEnd = index.argumentEnd(tex, Tex.skipSpaces(tex, end));
            if (argEnd == Tex.NONE) {
                i = end;
                continue;
            }
            int after = scriptsEnd(tex, argEnd, index);
            if (out == null) {
                out = new StringBuilder(n + 64);
            }
            out.append(tex, copied, after).append("\\vphantom{\\raisebox{").append(extra).append("}{")
                    .append(tex, i, argEnd).append("}}");
            copied = after;
            i = after;
        }
        return out == null ? tex : out.append(tex, copied, n).toString();
    }

    /** Past the scripts and primes right after an accented argument (each script with its argument). */
    private static int scriptsEnd(String tex, int from, TexIndex index) {
        int i = from;
        while (true) {
            int j = Tex.skipSpaces(tex, i);
            if (j < tex.length() && tex.charAt(j) == '\'') {
                i = j + 1;
                continue;
            }
            if (j >= tex.length() || (tex.charAt(j) != '^' && tex.charAt(j) != '_')) {
                return i;
            }
            int end = index.argumentEnd(tex, Tex.skipSpaces(tex, j + 1));
            if (end == Tex.NONE) {
                return i;
            }
            i = end;
        }
    }
}
