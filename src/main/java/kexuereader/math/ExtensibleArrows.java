package kexuereader.math;

import java.util.Map;

/**
 * The extensible arrows of MathJax's extpfeil and mathtools that JLaTeXMath lacks ({@code \xRightarrow},
 * {@code \xLeftarrow}, {@code \xleftrightarrow}, {@code \xLeftrightarrow}, {@code \xmapsto},
 * {@code \xhookrightarrow}, {@code \xhookleftarrow}, {@code \xlongequal}) → the long arrow with the labels set
 * above and below. The arrow does not stretch under a long label, but reads the same.
 */
final class ExtensibleArrows implements Rewrite {

    private static final Map<String, String> ARROWS = Map.of(
            "xRightarrow", "\\Longrightarrow", "xLeftarrow", "\\Longleftarrow",
            "xleftrightarrow", "\\longleftrightarrow", "xLeftrightarrow", "\\Longleftrightarrow",
            "xmapsto", "\\longmapsto", "xhookrightarrow", "\\hookrightarrow", "xhookleftarrow", "\\hookleftarrow",
            "xlongequal", "\\Relbar\\joinrel\\Relbar\\joinrel\\Relbar");

    @Override
    public String name() {
        return "extensible-arrows";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("\\x")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            String arrow = ARROWS.get(name);
            if (arrow == null) {
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
            String core = below.isBlank() ? arrow : "\\underset{\\;" + below + "\\;}{" + arrow + "}";
            return new CommandEdits.Replacement("\\mathrel{\\overset{\\;" + above + "\\;}{" + core + "}}", aboveEnd);
        });
    }
}
