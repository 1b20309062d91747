package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

import java.util.Map;

/**
 * {@code \cancel}, {@code \bcancel} and {@code \xcancel} (MathJax's cancel extension) become JLaTeXMath's
 * {@code \st}, which strikes its argument through; JLaTeXMath cannot draw the diagonal stroke, but the
 * reader still sees the term struck out. {@code \cancelto{v}{x}} becomes {@code \st{x}^{v}}.
 */
final class CancelAsStrike {

    private static final Map<String, String> NAMES = Map.of("cancel", "\\st", "bcancel", "\\st", "xcancel",
            "\\st");

    static String apply(String tex) {
        if (!tex.contains("cancel")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            String replacement = NAMES.get(name);
            if (replacement != null) {
                return new CommandEdits.Replacement(replacement, end);
            }
            if (!name.equals("cancelto")) {
                return null;
            }
            int valueStart = Tex.skipSpaces(tex, end);
            int valueEnd = at.index().argumentEnd(tex, valueStart);
            int argStart = valueEnd == Tex.NONE ? Tex.NONE : Tex.skipSpaces(tex, valueEnd);
            int argEnd = argStart == Tex.NONE ? Tex.NONE : at.index().argumentEnd(tex, argStart);
            return argEnd == Tex.NONE ? null : new CommandEdits.Replacement("{\\st{"
                    + Tex.argumentText(tex, argStart, argEnd) + "}^{" + Tex.argumentText(tex, valueStart, valueEnd)
                    + "}}", argEnd);
        });
    }
}
