package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

/**
 * {@code \newcommand{name}{…}} (how the blog writes it; MathJax accepts it) → {@code \newcommand{\name}{…}},
 * the LaTeX spelling; same for {@code \renewcommand} and {@code \providecommand}.
 */
public final class NewcommandBackslash {

    public static String apply(String tex) {
        if (!tex.contains("command")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (!name.equals("newcommand") && !name.equals("renewcommand") && !name.equals("providecommand")) {
                return null;
            }
            int j = end < tex.length() && tex.charAt(end) == '*' ? end + 1 : end;
            j = Tex.skipSpaces(tex, j);
            // {name} → {\name}: everything up to the brace is kept, the backslash goes in after it
            return j + 1 < tex.length() && tex.charAt(j) == '{' && Tex.isLetter(tex.charAt(j + 1))
                    ? new CommandEdits.Replacement(tex.substring(start, j + 1) + "\\", j + 1) : null;
        });
    }
}
