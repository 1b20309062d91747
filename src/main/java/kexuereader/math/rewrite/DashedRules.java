package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;

/**
 * MathJax's dashed table rules, which JLaTeXMath lacks, drawn solid: {@code \hdashline} → {@code \hline}, and
 * {@code :} between columns of an {@code array} spec ({@code {cc:cc}}) → {@code |}.
 */
final class DashedRules {

    static String apply(String tex) {
        if (!tex.contains("\\hdashline") && !tex.contains("\\begin{array}")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (name.equals("hdashline")) {
                return new CommandEdits.Replacement("\\hline", end);
            }
            CommandEdits.Group group = name.equals("begin") ? at.arraySpec(end) : null;
            if (group == null || tex.indexOf(':', group.open()) < 0 || tex.indexOf(':', group.open()) >= group.end()) {
                return null;
            }
            int spec = group.open();
            int specEnd = group.end();
            // only the spec's own level: a ':' inside @{…} or p{…} is content
            StringBuilder s = new StringBuilder(tex.substring(start, spec));
            int depth = 0;
            for (int k = spec; k < specEnd; k++) {
                char c = tex.charAt(k);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                s.append(c == ':' && depth == 1 ? '|' : c);
            }
            return new CommandEdits.Replacement(s.toString(), specEnd);
        });
    }
}
