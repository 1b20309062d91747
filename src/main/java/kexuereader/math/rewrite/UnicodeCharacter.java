package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

/**
 * MathJax's <code>&#92;unicode{x2200}</code> (or decimal <code>&#92;unicode{8704}</code>, with an optional font
 * list in brackets before) → the character itself, which JLaTeXMath maps to a symbol or draws from a font.
 */
final class UnicodeCharacter {

    static String apply(String tex) {
        if (!tex.contains("\\unicode")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (!name.equals("unicode")) {
                return null;
            }
            int j = Tex.skipSpaces(tex, end);
            if (j < tex.length() && tex.charAt(j) == '[') {
                int close = at.index().optionalEnd(j);
                j = close == Tex.NONE ? j : Tex.skipSpaces(tex, close);
            }
            int close = at.index().groupEnd(j);
            int codePoint = close == Tex.NONE ? -1 : parse(tex.substring(j + 1, close - 1).trim());
            if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT || Character.isISOControl(codePoint)) {
                return null;
            }
            return new CommandEdits.Replacement("{" + Character.toString(codePoint) + "}", close);
        });
    }

    private static int parse(String number) {
        try {
            if (number.startsWith("x") || number.startsWith("X")) {
                return Integer.parseInt(number.substring(1), 16);
            }
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
