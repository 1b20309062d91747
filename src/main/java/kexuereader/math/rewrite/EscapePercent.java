package kexuereader.math.rewrite;

/**
 * An unescaped {@code %} becomes {@code \%}. The blog writes {@code 50%} meaning a percent sign; JLaTeXMath
 * would take it as a comment and drop the rest of the line.
 */
final class EscapePercent {

    static String apply(String tex) {
        if (tex.indexOf('%') < 0) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length() + 8);
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < n) {
                out.append(c).append(tex.charAt(++i));
            } else if (c == '%') {
                out.append("\\%");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
