package kexuereader.math;

/**
 * One rule of the normaliser: maps a construct of the blog's MathJax dialect to one JLaTeXMath 1.0.7 renders
 * the same. Each rule is a single left-to-right pass, linear in the length of its input.
 */
interface Rewrite {

    /** A short name for tests, docs and diagnostics, e.g. {@code bm-to-boldsymbol}. */
    String name();

    /** The formula with this rule applied; returns the input itself when nothing applies. */
    String apply(String tex);
}
