package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.Set;

/**
 * Dots as MathJax sets them. {@code \cdots}, {@code \ldots}, {@code \dots} → three dots 0.167 em apart, MathJax's ⋯ and … (1.172 em; TeX's
 * {@code \mathinner{\cdotp\cdotp\cdotp}}). JLaTeXMath sets its dots 0.222 em apart (1.278 em), in scripts closer
 * still, so every list and matrix with dots ran 0.1 em wide. {@code \dots} takes MathJax's choice: centred before a
 * binary operator or a relation ({@code a+\dots+b}), low otherwise; JLaTeXMath's was always low. Text arguments
 * ({@code \text{…}}, where {@code \ldots} is a text command) are left alone. MathJax's ⋮ and ⋱ boxes are 1.3 and
 * 1.52 em tall (JLaTeXMath's 0.76): a matrix row of {@code \vdots} is that tall there, so a phantom gives ours the
 * same height.
 */
final class MathJaxDots {

    private static final String CENTRED = dots("\\cdotp");
    private static final String LOW = dots("\\ldotp");
    private static final Set<String> TEXT = Set.of("text", "textbf", "textit", "textrm", "textsf", "texttt",
            "textnormal", "mbox", "hbox", "textup", "textmd");
    /** Control words MathJax's {@code \dots} reads as a binary operator or relation after it. */
    private static final Set<String> BIN_REL = Set.of("times", "cdot", "pm", "mp", "le", "leq", "ge", "geq", "ne",
            "neq", "approx", "equiv", "sim", "simeq", "cong", "to", "cup", "cap", "oplus", "otimes", "odot", "subset",
            "subseteq", "supset", "supseteq", "in", "ll", "gg", "prec", "succ", "wedge", "vee", "circ", "ast",
            "star", "div", "setminus", "propto", "leftarrow", "rightarrow", "Leftarrow", "Rightarrow", "mapsto",
            "iff", "implies", "leqslant", "geqslant", "lt", "gt");

    private MathJaxDots() {
    }

    private static String dots(String dot) {
        String d = "\\mathord{" + dot + "}";
        return "\\mathinner{" + d + "\\hspace{0.167em}" + d + "\\hspace{0.167em}" + d + "}";
    }

    static String apply(String tex) {
        if (tex.indexOf("dots") < 0) {
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
            String name = tex.substring(i + 1, end);
            if (TEXT.contains(name)) {
                if (index == null) {
                    index = TexIndex.of(tex);
                }
                int argEnd = index.argumentEnd(tex, Tex.skipSpaces(tex, end));
                i = argEnd == Tex.NONE ? end : argEnd;
                continue;
            }
            String replacement = switch (name) {
                case "cdots" -> CENTRED;
                case "ldots" -> LOW;
                case "vdots" -> "\\vdots\\vphantom{\\rule{0pt}{1.3em}}";
                case "ddots" -> "\\ddots\\vphantom{\\rule{0pt}{1.52em}}";
                case "dots" -> centredBefore(tex, end) ? CENTRED : LOW;
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 128);
                }
                out.append(tex, copied, i).append(replacement);
                copied = end;
            }
            i = end;
        }
        return out == null ? tex : out.append(tex, copied, n).toString();
    }

    /** Whether the token after {@code \dots} is a binary operator or a relation (MathJax's {@code \dotsb}). */
    private static boolean centredBefore(String tex, int from) {
        int j = Tex.skipSpaces(tex, from);
        if (j >= tex.length()) {
            return false;
        }
        char c = tex.charAt(j);
        if (c == '\\') {
            return BIN_REL.contains(tex.substring(j + 1, Tex.controlSequenceEnd(tex, j)));
        }
        return "+-=<>*".indexOf(c) >= 0;
    }
}
