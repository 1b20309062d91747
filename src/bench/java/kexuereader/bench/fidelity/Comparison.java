package kexuereader.bench.fidelity;

/**
 * How one formula compares, when both engines rendered it with ink.
 *
 * @param fScore     ink coverage F-score (1 is identical ink after the dilation)
 * @param widthRatio our ink width over MathJax's
 * @param depthDiff  our ink depth below the baseline minus MathJax's, in em
 */
record Comparison(double fScore, double widthRatio, double depthDiff) {
}
