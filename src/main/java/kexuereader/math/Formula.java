package kexuereader.math;

import java.util.Objects;

/**
 * One formula of an article, ready to render.
 *
 * @param source  the formula exactly as the blog wrote it, delimiters included ({@code $x$},
 *                {@code \begin{align}…\end{align}}): what "Copy LaTeX" copies and what a failure shows
 * @param display whether it is display math (rendered in display style, on its own line)
 * @param latex   what JLaTeXMath is given: the article's macros expanded and the MathJax dialect rewritten; it
 *                is also the cache key. {@code null} when {@link #problem} says why there is nothing to render
 * @param problem why the formula cannot be rendered (found while preparing it), or {@code null}
 */
public record Formula(String source, boolean display, String latex, String problem) {

    public Formula {
        Objects.requireNonNull(source, "source");
        if ((latex == null) == (problem == null)) {
            throw new IllegalArgumentException("a formula has either LaTeX to render or a problem, not both");
        }
    }

    /** A formula with LaTeX ready for JLaTeXMath. */
    public static Formula of(String source, boolean display, String latex) {
        return new Formula(source, display, latex, null);
    }

    /** A formula that preparation already found unrenderable. */
    public static Formula rejected(String source, boolean display, String problem) {
        return new Formula(source, display, null, problem);
    }

    public boolean isRenderable() {
        return problem == null;
    }
}
