package kexuereader.math;

import java.util.List;

/** A piece of a paragraph, in reading order: text, a formula, or a reference to an equation. */
public sealed interface Segment {

    /** Plain text, to be shown escaped. {@code \$} in the article is already a plain {@code $}. */
    record Text(String text) implements Segment {
    }

    /** A formula within the line of text. */
    record Inline(Formula formula) implements Segment {
    }

    /**
     * A formula on its own line.
     *
     * @param formula   the formula
     * @param tags      its numbers, one per numbered row, in row order (empty when unnumbered)
     * @param anchorIds the anchor ids of those numbers, for the page to put on the equation
     * @param tagColumn the numbers as a formula of their own, one row per row of {@code formula}, each row as
     *                  tall as its counterpart so the numbers line up with their rows when the page sets it at
     *                  the right margin; {@code null} when unnumbered. {@link MathEngine#renderDisplay} renders
     *                  both with matching heights.
     */
    record Display(Formula formula, List<Tag> tags, List<String> anchorIds, Formula tagColumn) implements Segment {

        public Display {
            tags = List.copyOf(tags);
            anchorIds = List.copyOf(anchorIds);
        }

        public boolean isNumbered() {
            return !tags.isEmpty();
        }
    }

    /**
     * A reference to an equation ({@code $\eqref{x}$}, {@code \ref{x}}), for the page to show as a link.
     *
     * @param label          the label referred to
     * @param shownText      what to show: {@code (3)} for {@code \eqref}, {@code 3} for {@code \ref}; {@code (??)}
     *                       or {@code ??} when the article has no such label, as MathJax shows it
     * @param targetAnchorId the anchor id of the equation ({@link Tag#anchorId()}), or {@code null} when unknown
     * @param source         the reference as written in the article
     */
    record Reference(String label, String shownText, String targetAnchorId, String source) implements Segment {
    }
}
