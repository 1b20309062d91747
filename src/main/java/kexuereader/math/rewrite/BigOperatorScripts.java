package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

import java.util.Set;

/**
 * {@code \sum_{i=1}^n} → {@code \mathop{\sum\hspace{0pt}}_{i=1}^n} (and {@code \prod}, {@code \bigcup}, …).
 * When such an operator carries scripts beside it (text style, i.e. inline), JLaTeXMath appends a medium space
 * after the scripts that TeX and MathJax do not: {@code \sum_i x} reads "∑ᵢ  x". As a {@code \mathop} row it is
 * laid out like TeX's, and looks the same otherwise (limits still go below in display style). Integrals are
 * left alone: there JLaTeXMath's own path places the lower limit under the slant, which matters more.
 */
final class BigOperatorScripts {

    private static final Set<String> OPERATORS = Set.of("sum", "prod", "coprod", "bigcup", "bigcap", "bigoplus",
            "bigotimes", "bigodot", "biguplus", "bigsqcup", "bigvee", "bigwedge");

    static String apply(String tex) {
        if (tex.indexOf('_') < 0 && tex.indexOf('^') < 0) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (!OPERATORS.contains(name)) {
                return null;
            }
            int next = Tex.skipSpaces(tex, end);
            return next < tex.length() && (tex.charAt(next) == '_' || tex.charAt(next) == '^')
                    ? new CommandEdits.Replacement("\\mathop{" + tex.substring(start, end) + "\\hspace{0pt}}", end)
                    : null;
        });
    }
}
