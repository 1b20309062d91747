package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;

import java.util.Map;

/**
 * Renames environments JLaTeXMath lacks to ones it has: the numbered display environments of amsmath become
 * their inner forms ({@code align*} → {@code aligned}), since our own numbering draws the numbers.
 */
final class RenameEnvironments {

    private final Map<String, String> renames;

    private RenameEnvironments(Map<String, String> renames) {
        this.renames = Map.copyOf(renames);
    }

    /** {@code align(*)}, {@code flalign(*)} → {@code aligned}; {@code alignat(*)} → {@code alignedat}. */
    static Rewrite alignToAligned() {
        return Rewrite.of("align-to-aligned", new RenameEnvironments(Map.of(
                "align", "aligned", "align*", "aligned", "flalign", "aligned", "flalign*", "aligned",
                "alignat", "alignedat", "alignat*", "alignedat", "xalignat", "alignedat", "xalignat*", "alignedat"))::apply);
    }

    /** {@code gather(*)} and {@code multline(*)} → {@code gathered}. */
    static Rewrite gatherToGathered() {
        return Rewrite.of("gather-to-gathered", new RenameEnvironments(Map.of(
                "gather", "gathered", "gather*", "gathered", "multline", "gathered", "multline*", "gathered"))::apply);
    }

    private String apply(String tex) {
        if (tex.indexOf("\\begin{") < 0) {
            return tex;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            char c = tex.charAt(i);
            if (c != '\\') {
                continue;
            }
            int nameStart;
            if (tex.startsWith("begin{", i + 1)) {
                nameStart = i + 7;
            } else if (tex.startsWith("end{", i + 1)) {
                nameStart = i + 5;
            } else {
                i++; // skip the escaped character, e.g. the second backslash of \\
                continue;
            }
            int close = Tex.nameClose(tex, nameStart, 32);
            if (close == Tex.NONE) {
                continue;
            }
            String replacement = renames.get(tex.substring(nameStart, close));
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(tex, copied, nameStart).append(replacement);
                copied = close;
            }
            i = close;
        }
        if (out == null) {
            return tex;
        }
        return out.append(tex, copied, n).toString();
    }
}
