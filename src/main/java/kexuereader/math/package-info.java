/**
 * Formulas: find them in article bodies, rewrite the blog's MathJax dialect for JLaTeXMath, number display
 * equations as the blog does, and render them to SVG. No JavaFX here.
 *
 * <p>Entry points: {@link kexuereader.math.MathEngine#prepare(String)} (text work: segments, macros, numbers,
 * rewrites) and {@link kexuereader.math.MathEngine#render}/{@link kexuereader.math.MathEngine#renderDisplay}
 * (JLaTeXMath to SVG, cached); {@link kexuereader.math.MathHtml} for markup; {@link kexuereader.math.FormulaCheck}
 * and {@link kexuereader.math.FormulaGallery} behind the {@code formulas} commands (the formula timing is with
 * the benchmarks, src/bench). See docs/math.md.
 */
package kexuereader.math;
