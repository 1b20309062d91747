package kexuereader.math;

import kexuereader.math.tex.Tex;

import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Whether a display formula will fail to parse, asked while numbering: MathJax gives a formula it rejects no
 * number, so the numbers after it are one lower than a count of every formula (the blog's {@code \vdot} typo
 * shifted every later number of its article). Cheap on the common path: only a formula holding a control word
 * JLaTeXMath does not know is parsed (parse only, no layout), and only a parse failure counts.
 */
final class ParseCheck {

    private ParseCheck() {
    }

    /** True when the normalised formula holds an unknown command and JLaTeXMath's parser rejects it. */
    static boolean rejects(String latex, SafetyLimits limits) {
        if (!hasUnknownWord(latex)) {
            return false;
        }
        if (Preflight.check(latex, limits) != null) {
            return true;
        }
        JlmRuntime.ensureReady();
        try {
            new TeXFormula(latex);
            return false;
        } catch (StackOverflowError e) {
            return true;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return true;
        }
    }

    private static boolean hasUnknownWord(String latex) {
        int i = latex.indexOf('\\');
        while (i >= 0) {
            int end = Tex.controlSequenceEnd(latex, i);
            if (end > i + 1 && Tex.isLetter(latex.charAt(i + 1))) {
                String w = latex.substring(i + 1, end);
                if (!MacroInfo.Commands.containsKey(w) && !SymbolAtom.symbols.containsKey(w)
                        && !TeXFormula.predefinedTeXFormulasAsString.containsKey(w)
                        && !TeXFormula.predefinedTeXFormulas.containsKey(w)) {
                    return true;
                }
            }
            i = latex.indexOf('\\', end);
        }
        return false;
    }
}
