/** The fidelity benchmark: our formulas against MathJax 3's, rasterised the same way and compared as ink. */
package kexuereader.bench.fidelity;
