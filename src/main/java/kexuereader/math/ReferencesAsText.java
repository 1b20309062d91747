package kexuereader.math;

/**
 * {@code \eqref{x}} and {@code \ref{x}} inside a larger formula become the number they show, as text
 * ({@code \text{(3)}}); references standing alone become links in the page instead (see
 * {@link Segment.Reference}).
 */
final class ReferencesAsText implements Rewrite {

    private final LabelTable labels;

    ReferencesAsText(LabelTable labels) {
        this.labels = labels;
    }

    @Override
    public String name() {
        return "references-as-text";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("ref")) {
            return tex;
        }
        TexIndex index = null;
        StringBuilder out = null;
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            String word = tex.substring(i + 1, end);
            if (!word.equals("eqref") && !word.equals("ref")) {
                i = end - 1;
                continue;
            }
            int open = Tex.skipSpaces(tex, end);
            if (index == null) {
                index = TexIndex.of(tex);
            }
            int close = index.groupEnd(open);
            if (close == Tex.NONE) {
                i = end - 1;
                continue;
            }
            String label = tex.substring(open + 1, close - 1).trim();
            String shown = word.equals("eqref") ? labels.eqrefText(label) : labels.refText(label);
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(tex, copied, i).append("\\text{").append(TexText.escape(shown)).append('}');
            copied = close;
            i = close - 1;
        }
        if (out == null) {
            return tex;
        }
        return out.append(tex, copied, n).toString();
    }
}
