package kexuereader.math.tex;

import java.util.Map;

/**
 * The italic corrections of MathJax 3's TeX fonts (mathjax-full 3.2.2, {@code common/fonts/tex}), em: for the
 * math italic and bold italic letters and the lowercase Greek. MathJax's own table, not TeX's: it gives many
 * letters none (z, y, A…) and others less than cmmi10 ({@code f} 0.06 against 0.108). MathJax boxes a letter
 * with its correction ({@code $f$} is 0.49 + 0.06 em wide, in a row or alone) and takes it back under a subscript.
 */
public final class MathJaxItalics {

    // A–Z then a–z
    private static final double[] ITALIC = {0, 0, .045, 0, .026, .106, 0, .057, .064, .078, .04, 0, .081, .085, 0,
        .109, 0, 0, .032, .12, .084, .186, .104, .024, .182, .04, 0, 0, 0, 0, 0, .06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .014,
        0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final double[] BOLD_ITALIC = {0, 0, .038, 0, .015, .12, 0, .045, .062, .063, .032, 0, .077, .077,
        0, .124, 0, 0, .021, .135, .077, .208, .114, 0, .201, .032, 0, 0, 0, 0, 0, .056, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** \mathcal A–Z ({@code tex-calligraphic}, {@code tex-calligraphic-bold}): TeX's cmsy10 corrections. */
    private static final double[] CALLIGRAPHIC = {.021, 0, 0, 0, .036, .11, 0, 0, .097, .161, 0, 0, 0, .159, 0, .037, 0,
        0, .036, .288, .061, .045, .046, .094, .046, .042};
    private static final double[] BOLD_CALLIGRAPHIC = {.068, 0, 0, 0, .02, .116, 0, 0, .104, .158, 0, 0, 0, .168, 0,
        .036, 0, 0, .025, .303, .056, .037, .037, .089, .038, .035};
    /** Greek letters with a correction: {italic, bold italic}; the others have none. */
    private static final Map<String, double[]> GREEK = Map.of(
            "gamma", new double[] {.025, .027}, "zeta", new double[] {.033, .013}, "nu", new double[] {.036, .031},
            "tau", new double[] {.08, .089});

    private MathJaxItalics() {
    }

    /** A Latin letter's correction in math italic, or in bold italic ({@code \boldsymbol}); 0 for anything else. */
    public static double latin(char letter, boolean bold) {
        int x = letter >= 'A' && letter <= 'Z' ? letter - 'A' : letter >= 'a' && letter <= 'z' ? 26 + letter - 'a' : -1;
        return x < 0 ? 0 : bold ? BOLD_ITALIC[x] : ITALIC[x];
    }

    /** A {@code \mathcal} capital's correction (bold: {@code \boldsymbol{\mathcal{…}}}); 0 for anything else. */
    public static double calligraphic(char letter, boolean bold) {
        return letter < 'A' || letter > 'Z' ? 0 : bold ? BOLD_CALLIGRAPHIC[letter - 'A'] : CALLIGRAPHIC[letter - 'A'];
    }

    /** A Greek letter's correction by its control word ({@code nu}); 0 for one without, or not Greek. */
    public static double greek(String name, boolean bold) {
        double[] ic = GREEK.get(name);
        return ic == null ? 0 : ic[bold ? 1 : 0];
    }

    /** The lowercase Greek letters JLaTeXMath draws from its math italic font (as MathJax does). */
    public static final java.util.List<String> LOWER_GREEK = java.util.List.of("alpha", "beta", "gamma", "delta",
            "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi",
            "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi",
            "omega");
}
