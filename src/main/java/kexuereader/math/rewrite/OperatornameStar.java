package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

/**
 * {@code \operatorname*{argmax}} → {@code \mathop{\mathrm{argmax}}}: JLaTeXMath knows only the unstarred form
 * and prints the star. A {@code \mathop} puts limits below in display style and beside in text style, which is
 * what the star asks for; that is also the default {@code \displaylimits} asks for, so it is dropped.
 */
final class OperatornameStar {

    static String apply(String tex) {
        if (!tex.contains("\\operatorname*") && !tex.contains("\\displaylimits")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (name.equals("displaylimits")) {
                return new CommandEdits.Replacement("", end);
            }
            if (!name.equals("operatorname") || end >= tex.length() || tex.charAt(end) != '*') {
                return null;
            }
            int argStart = Tex.skipSpaces(tex, end + 1);
            int argEnd = at.index().argumentEnd(tex, argStart);
            return argEnd == Tex.NONE ? null : new CommandEdits.Replacement("\\mathop{\\mathrm{"
                    + Tex.argumentText(tex, argStart, argEnd) + "}}", argEnd);
        });
    }
}
