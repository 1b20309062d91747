package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

import java.util.Map;

/**
 * The extensible arrows of MathJax's extpfeil and mathtools that JLaTeXMath lacks ({@code \xRightarrow},
 * {@code \xLeftarrow}, {@code \xleftrightarrow}, {@code \xLeftrightarrow}, {@code \xmapsto},
 * {@code \xhookrightarrow}, {@code \xhookleftarrow}, {@code \xlongequal}) → the long arrow with the labels set
 * above and below. The arrow does not stretch under a long label, but reads the same.
 *
 * <p>JLaTeXMath's own {@code \xrightarrow} and {@code \xleftarrow} stretch, but 1.5 em (of the script size)
 * past each end of the label, and at least as long as an empty label makes them (2.4 em): 1.4 to 1.8 em longer
 * than MathJax's, whose arrow is the label plus 0.59 em. Their labels get a negative space on each side
 * (−0.899 em at the script size of √½), and an empty lower label a negative width (−1.384 em), which brings the length to MathJax's.
 */
final class ExtensibleArrows {

    private static final Map<String, String> ARROWS = Map.of(
            "xRightarrow", "\\Longrightarrow", "xLeftarrow", "\\Longleftarrow",
            "xleftrightarrow", "\\longleftrightarrow", "xLeftrightarrow", "\\Longleftrightarrow",
            "xmapsto", "\\longmapsto", "xhookrightarrow", "\\hookrightarrow", "xhookleftarrow", "\\hookleftarrow",
            "xlongequal", "\\Relbar\\joinrel\\Relbar\\joinrel\\Relbar");

    private static final String TRIM = "\\hspace{-8.99pt}";
    private static final String NO_LABEL = "\\hspace{-13.84pt}";

    static String apply(String tex) {
        if (!tex.contains("\\x")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            String arrow = ARROWS.get(name);
            boolean stretchy = name.equals("xrightarrow") || name.equals("xleftarrow");
            if (arrow == null && !stretchy) {
                return null;
            }
            String below = "";
            int j = Tex.skipSpaces(tex, end);
            if (j < tex.length() && tex.charAt(j) == '[') {
                int close = at.index().optionalEnd(j);
                if (close == Tex.NONE) {
                    return null;
                }
                below = tex.substring(j + 1, close - 1);
                j = Tex.skipSpaces(tex, close);
            }
            int aboveEnd = at.index().argumentEnd(tex, j);
            if (aboveEnd == Tex.NONE) {
                return null;
            }
            String above = Tex.argumentText(tex, j, aboveEnd);
            if (stretchy) {
                String under = below.isBlank() ? NO_LABEL : TRIM + below + TRIM;
                // a relation, as MathJax's (JLaTeXMath's arrow atom got no relation spaces beside it)
                return new CommandEdits.Replacement("\\mathrel{\\" + name + "[" + under + "]{" + TRIM + above + TRIM
                        + "}}", aboveEnd);
            }
            String core = below.isBlank() ? arrow : "\\underset{\\;" + below + "\\;}{" + arrow + "}";
            return new CommandEdits.Replacement("\\mathrel{\\overset{\\;" + above + "\\;}{" + core + "}}", aboveEnd);
        });
    }
}
