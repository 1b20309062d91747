package kexuereader.math;

/**
 * {@code \newcommand{name}{…}} (how the blog writes it; MathJax accepts it) → {@code \newcommand{\name}{…}},
 * the LaTeX spelling; same for {@code \renewcommand} and {@code \providecommand}.
 */
final class NewcommandBackslash implements Rewrite {

    @Override
    public String name() {
        return "newcommand-backslash";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("command")) {
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
            String word = tex.substring(i + 1, end);
            if (!word.equals("newcommand") && !word.equals("renewcommand") && !word.equals("providecommand")) {
                i = end - 1;
                continue;
            }
            int j = end < n && tex.charAt(end) == '*' ? end + 1 : end;
            j = Tex.skipSpaces(tex, j);
            if (j < n && tex.charAt(j) == '{' && j + 1 < n && Tex.isLetter(tex.charAt(j + 1))) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(tex, copied, j + 1).append('\\');
                copied = j + 1;
            }
            i = end - 1;
        }
        if (out == null) {
            return tex;
        }
        return out.append(tex, copied, n).toString();
    }
}
