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
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length() + 64);
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            String arrow = ARROWS.get(tex.substring(i + 1, end));
            if (arrow == null) {
                i = end - 1;
                continue;
            }
            String below = "";
            int j = Tex.skipSpaces(tex, end);
            if (j < n && tex.charAt(j) == '[') {
                int close = index.optionalEnd(j);
                if (close == Tex.NONE) {
                    i = end - 1;
                    continue;
                }
                below = tex.substring(j + 1, close - 1);
                j = Tex.skipSpaces(tex, close);
            }
            int aboveEnd = index.argumentEnd(tex, j);
            if (aboveEnd == Tex.NONE) {
                i = end - 1;
                continue;
            }
            String above = Tex.argumentText(tex, j, aboveEnd);
            String core = below.isBlank() ? arrow : "\\underset{\\;" + below + "\\;}{" + arrow + "}";
            out.append(tex, copied, i).append("\\mathrel{\\overset{\\;").append(above).append("\\;}{").append(core)
                    .append("}}");
            copied = aboveEnd;
            i = aboveEnd - 1;
        }
        return copied == 0 ? tex : out.append(tex, copied, n).toString();
    }
}
