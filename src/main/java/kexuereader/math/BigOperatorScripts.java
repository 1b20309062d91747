package kexuereader.math;

import java.util.Set;

/**
 * {@code \sum_{i=1}^n} → {@code \mathop{\sum\hspace{0pt}}_{i=1}^n} (and {@code \prod}, {@code \bigcup}, …).
 * When such an operator carries scripts beside it (text style, i.e. inline), JLaTeXMath appends a medium space
 * after the scripts that TeX and MathJax do not: {@code \sum_i x} reads "∑ᵢ  x". As a {@code \mathop} row it is
 * laid out like TeX's, and looks the same otherwise (limits still go below in display style). Integrals are
 * left alone: there JLaTeXMath's own path places the lower limit under the slant, which matters more.
 */
final class BigOperatorScripts implements Rewrite {

    private static final Set<String> OPERATORS = Set.of("sum", "prod", "coprod", "bigcup", "bigcap", "bigoplus",
            "bigotimes", "bigodot", "biguplus", "bigsqcup", "bigvee", "bigwedge");

    @Override
    public String name() {
        return "big-operator-scripts";
    }

    @Override
    public String apply(String tex) {
        if (tex.indexOf('_') < 0 && tex.indexOf('^') < 0) {
            return tex;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            if (OPERATORS.contains(tex.substring(i + 1, end))) {
                int next = Tex.skipSpaces(tex, end);
                if (next < n && (tex.charAt(next) == '_' || tex.charAt(next) == '^')) {
                    if (out == null) {
                        out = new StringBuilder(n + 32);
                    }
                    out.append(tex, copied, i).append("\\mathop{").append(tex, i, end).append("\\hspace{0pt}}");
                    copied = end;
                }
            }
            i = end - 1;
        }
        return out == null ? tex : out.append(tex, copied, n).toString();
    }
}
