package kexuereader.math;

/**
 * MathJax's <code>&#92;unicode{x2200}</code> (or decimal <code>&#92;unicode{8704}</code>, with an optional font
 * list in brackets before) → the character itself, which JLaTeXMath maps to a symbol or draws from a font.
 */
final class UnicodeCharacter implements Rewrite {

    @Override
    public String name() {
        return "unicode-character";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("\\unicode")) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length());
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            if (!tex.substring(i + 1, end).equals("unicode")) {
                i = end - 1;
                continue;
            }
            int j = Tex.skipSpaces(tex, end);
            if (j < n && tex.charAt(j) == '[') {
                int close = index.optionalEnd(j);
                j = close == Tex.NONE ? j : Tex.skipSpaces(tex, close);
            }
            int close = index.groupEnd(j);
            int codePoint = close == Tex.NONE ? -1 : parse(tex.substring(j + 1, close - 1).trim());
            if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT || Character.isISOControl(codePoint)) {
                i = end - 1;
                continue;
            }
            out.append(tex, copied, i).append('{').appendCodePoint(codePoint).append('}');
            copied = close;
            i = close - 1;
        }
        return copied == 0 ? tex : out.append(tex, copied, n).toString();
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
