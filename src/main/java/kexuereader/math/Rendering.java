package kexuereader.math;

/** What rendering a formula gives: an SVG, or a failure to show in its place. */
public sealed interface Rendering {

    /**
     * A rendered formula: self-contained SVG markup, safe to inline into HTML (glyphs are paths; no script, no
     * external reference, no id).
     *
     * @param markup   the {@code <svg>} element; with {@link RenderStyle#fontSizePx()} 0 its width and height are
     *                 in {@code em} and it carries {@code vertical-align:-depth} so it sits on the text baseline
     * @param widthEm  width, in em of the surrounding font
     * @param heightEm total height (above and below the baseline), in em
     * @param depthEm  how far it reaches below the baseline, in em
     */
    record Svg(String markup, double widthEm, double heightEm, double depthEm) implements Rendering {
    }

    /**
     * A formula that cannot be rendered; the page shows its source styled as an error.
     *
     * @param source the formula as written in the article
     * @param reason a short reason, e.g. {@code Unknown symbol or command: \foo}
     */
    record Failure(String source, String reason) implements Rendering {
    }
}
