/**
 * Formulas: the engine's entry points and its result types. {@link kexuereader.math.MathEngine#prepare(String)}
 * runs the text pipeline (tex → macro → numbering → rewrite), {@link kexuereader.math.MathEngine#render} the
 * drawing (preflight → JLaTeXMath → svg, cached); {@link kexuereader.math.MathHtml} makes markup. See docs/math.md.
 */
package kexuereader.math;
