package kexuereader.math;

/**
 * A rendered display formula and its number column, made to the same height and baseline so the page can set
 * the numbers at the right margin, top-aligned with the formula, and each number lands beside its row.
 *
 * @param body the formula
 * @param tags the number column, or {@code null} when the formula is unnumbered
 */
public record DisplayRendering(Rendering body, Rendering tags) {
}
