/**
 * Formulas: find them in article bodies, rewrite the blog's MathJax dialect for JLaTeXMath, number display
 * equations as the blog does, and render them to SVG. No JavaFX here.
 */
package kexuereader.math;
