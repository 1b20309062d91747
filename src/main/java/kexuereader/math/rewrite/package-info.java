/** The rewrite rules that turn the blog's MathJax dialect into LaTeX JLaTeXMath draws the same ({@link kexuereader.math.rewrite.Normaliser}). */
package kexuereader.math.rewrite;
