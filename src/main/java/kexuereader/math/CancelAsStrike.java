package kexuereader.math;

import java.util.Map;

/**
 * {@code \cancel}, {@code \bcancel} and {@code \xcancel} (MathJax's cancel extension) become JLaTeXMath's
 * {@code \st}, which strikes its argument through; JLaTeXMath cannot draw the diagonal stroke, but the
 * reader still sees the term struck out. {@code \cancelto{v}{x}} becomes {@code \st{x}^{v}}.
 */
final class CancelAsStrike implements Rewrite {

    private static final Map<String, String> NAMES = Map.of("cancel", "\\st", "bcancel", "\\st", "xcancel",
            "\\st");

    @Override
    public String name() {
        return "cancel-as-strike";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("cancel")) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length() + 16);
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            String word = tex.substring(i + 1, end);
            String replacement = NAMES.get(word);
            if (replacement != null) {
                out.append(tex, copied, i).append(replacement);
                copied = end;
            } else if (word.equals("cancelto")) {
                int valueStart = Tex.skipSpaces(tex, end);
                int valueEnd = index.argumentEnd(tex, valueStart);
                int argStart = valueEnd == Tex.NONE ? Tex.NONE : Tex.skipSpaces(tex, valueEnd);
                int argEnd = argStart == Tex.NONE ? Tex.NONE : index.argumentEnd(tex, argStart);
                if (argEnd != Tex.NONE) {
                    out.append(tex, copied, i).append("{\\st{").append(Tex.argumentText(tex, argStart, argEnd))
                            .append("}^{").append(Tex.argumentText(tex, valueStart, valueEnd)).append("}}");
                    copied = argEnd;
                    i = argEnd - 1;
                    continue;
                }
            }
            i = end - 1;
        }
        return copied == 0 ? tex : out.append(tex, copied, n).toString();
    }
}
