package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

/**
 * MathJax's {@code \bbox[options]{x}} (bbox package) and {@code \verb|x|}, which JLaTeXMath lacks:
 * {@code \bbox[yellow]{x}} → {@code \colorbox{yellow}{$x$}} (a background colour, the usual use), with a border
 * → {@code \fbox{$x$}}, else the content as a group; {@code \verb|x|} → {@code \texttt{x}} with its TeX
 * specials escaped.
 */
final class MathJaxBoxes {

    static String apply(String tex) {
        if (!tex.contains("\\bbox") && !tex.contains("\\verb")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            if (name.equals("verb")) {
                return verb(tex, end);
            }
            if (!name.equals("bbox")) {
                return null;
            }
            int j = Tex.skipSpaces(tex, end);
            String options = "";
            if (j < tex.length() && tex.charAt(j) == '[') {
                int close = at.index().optionalEnd(j);
                if (close == Tex.NONE) {
                    return null;
                }
                options = tex.substring(j + 1, close - 1);
                j = Tex.skipSpaces(tex, close);
            }
            int argEnd = at.index().argumentEnd(tex, j);
            if (argEnd == Tex.NONE) {
                return null;
            }
            String body = Tex.argumentText(tex, j, argEnd);
            String colour = null;
            boolean border = false;
            for (String part : options.split(",")) {
                String p = part.strip();
                if (p.startsWith("border")) {
                    border = true;
                } else if (!p.isEmpty() && !p.contains(":") && !Character.isDigit(p.charAt(0)) && !p.startsWith(".")) {
                    colour = p;
                }
            }
            String replacement = colour != null ? "\\colorbox{" + colour + "}{$" + body + "$}"
                    : border ? "\\fbox{$" + body + "$}" : "{" + body + "}";
            return new CommandEdits.Replacement(replacement, argEnd);
        });
    }

    private static CommandEdits.Replacement verb(String tex, int end) {
        if (end >= tex.length() || Character.isLetter(tex.charAt(end)) || tex.charAt(end) == '*') {
            return null;
        }
        char delimiter = tex.charAt(end);
        int close = tex.indexOf(delimiter, end + 1);
        if (close < 0) {
            return null;
        }
        StringBuilder text = new StringBuilder("\\texttt{");
        for (int k = end + 1; k < close; k++) {
            char c = tex.charAt(k);
            switch (c) {
                case '\\' -> text.append("\\backslash ");
                case '{', '}', '_', '^', '#', '&', '%', '$' -> text.append('\\').append(c);
                case '~' -> text.append("\\sim ");
                default -> text.append(c);
            }
        }
        return new CommandEdits.Replacement(text.append('}').toString(), close + 1);
    }
}
