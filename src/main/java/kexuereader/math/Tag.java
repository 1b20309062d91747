package kexuereader.math;

/**
 * The number of one row of a display formula, as MathJax shows it on the blog.
 *
 * @param row      0-based row of the display formula it stands beside
 * @param shown    what is shown: {@code (3)}, or {@code (x)} for {@code \tag{x}}, or {@code x} for
 *                 {@code \tag*{x}}
 * @param anchorId the id the page gives this equation so references can jump to it: {@code eq-3} for
 *                 automatic numbers, {@code eq-tag-1}, {@code eq-tag-2}… for {@code \tag}s; unique within an
 *                 article
 * @param label    the {@code \label} of this row, or {@code null}
 */
public record Tag(int row, String shown, String anchorId, String label) {
}
