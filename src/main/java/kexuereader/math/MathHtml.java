package kexuereader.math;

/**
 * HTML for rendered math, as the gallery uses it and as the reading pane may: inline SVGs sit on the text
 * baseline; a display formula is centred with its number column at the right margin, tops aligned (the two
 * SVGs have the same height and baseline, see {@link MathEngine#renderDisplay}, and both are laid out as blocks
 * so no line-box strut shifts one of them); a failure shows its source, styled as an error; a reference is a
 * link to its equation's anchor. All text is escaped.
 */
public final class MathHtml {

    /** CSS for the classes below, with a CJK font stack for sources and text. */
    public static final String STYLESHEET = """
            .math-display { display: flex; align-items: flex-start; margin: .6em 0; }
            .math-display::before { content: ""; flex: 1 1 0; }
            .math-display .math-body { flex: 0 1 auto; overflow-x: auto; overflow-y: hidden; padding: .1em 0; }
            .math-display .math-tags { flex: 1 1 0; padding: .1em 0 .1em 1em; }
            .math-display svg { display: block; }
            .math-display .math-tags svg { margin-left: auto; }
            .math-error { color: #b00020; background: #fdecee; border: 1px dashed #b00020; border-radius: 3px;
                          padding: 0 .2em; font-family: "Noto Sans Mono CJK SC", monospace; white-space: pre-wrap; }
            .math-ref { text-decoration: none; }
            .math-ref-unknown { color: #b00020; }
            """;

    private MathHtml() {
    }

    /** An inline formula: its SVG, or its source marked as an error. */
    public static String inline(Rendering r) {
        if (r instanceof Rendering.Svg svg) {
            return svg.markup();
        }
        Rendering.Failure f = (Rendering.Failure) r;
        return "<code class=\"math-error\" title=\"" + escape(f.reason()) + "\">" + escape(f.source()) + "</code>";
    }

    /** A display formula: anchors for its numbers, the formula centred, the numbers at the right margin. */
    public static String display(Segment.Display display, DisplayRendering r) {
        StringBuilder s = new StringBuilder("<div class=\"math-display\">");
        s.append("<div class=\"math-body\">");
        for (String id : display.anchorIds()) {
            s.append("<a id=\"").append(escape(id)).append("\"></a>");
        }
        s.append(inline(r.body())).append("</div>");
        // the number column is there even when empty, so it balances the left spacer and the formula is centred
        s.append("<div class=\"math-tags\">");
        if (r.tags() != null) {
            s.append(inline(r.tags()));
        }
        return s.append("</div></div>").toString();
    }

    /** A reference: a link showing the equation's number, or MathJax's {@code (??)} when the label is unknown. */
    public static String reference(Segment.Reference ref) {
        if (ref.targetAnchorId() == null) {
            return "<span class=\"math-ref math-ref-unknown\" title=\"" + escape("unknown label: " + ref.label())
                    + "\">" + escape(ref.shownText()) + "</span>";
        }
        return "<a class=\"math-ref\" href=\"#" + escape(ref.targetAnchorId()) + "\">" + escape(ref.shownText())
                + "</a>";
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
