package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexText;

/**
 * {@code \eqref{x}} and {@code \ref{x}} inside a larger formula become the number they show, as text
 * ({@code \text{(3)}}); references standing alone become links in the page instead (see
 * {@link Segment.Reference}).
 */
final class ReferencesAsText {

    private final LabelTable labels;

    ReferencesAsText(LabelTable labels) {
        this.labels = labels;
    }

    String apply(String tex) {
        if (!tex.contains("ref")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (!name.equals("eqref") && !name.equals("ref")) {
                return null;
            }
            int open = Tex.skipSpaces(tex, end);
            int close = at.index().groupEnd(open);
            if (close == Tex.NONE) {
                return null;
            }
            String label = tex.substring(open + 1, close - 1).trim();
            String shown = name.equals("eqref") ? labels.eqrefText(label) : labels.refText(label);
            return new CommandEdits.Replacement("\\text{" + TexText.escape(shown) + "}", close);
        });
    }
}
