package kexuereader.math.rewrite;

import kexuereader.math.tex.Tex;

/**
 * {@code eqnarray(*)} → {@code aligned}. Its three columns {@code a &=& b} become aligned's two by dropping the
 * second {@code &} of each row ({@code a &= b}), which sets the relation flush left of the right-hand side as
 * the blog showed it.
 */
final class EqnarrayToAligned {

    static String apply(String tex) {
        if (!tex.contains("{eqnarray")) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length());
        int n = tex.length();
        boolean inside = false;
        int braceDepth = 0;
        int envDepth = 0;
        int ampersands = 0;
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int end = Tex.controlSequenceEnd(tex, i);
                String word = tex.substring(i + 1, end);
                if ((word.equals("begin") || word.equals("end")) && end < n && tex.charAt(end) == '{') {
                    int close = Tex.nameClose(tex, end + 1, 32);
                    String env = close == Tex.NONE ? "" : tex.substring(end + 1, close);
                    boolean eqnarray = env.equals("eqnarray") || env.equals("eqnarray*");
                    if (eqnarray && word.equals("begin") && !inside) {
                        out.append("\\begin{aligned}");
                        inside = true;
                        braceDepth = 0;
                        envDepth = 0;
                        ampersands = 0;
                        i = close + 1;
                        continue;
                    }
                    if (eqnarray && word.equals("end") && inside && envDepth == 0) {
                        out.append("\\end{aligned}");
                        inside = false;
                        i = close + 1;
                        continue;
                    }
                    if (inside && close != Tex.NONE) {
                        envDepth += word.equals("begin") ? 1 : -1;
                    }
                } else if (inside && word.equals("\\") && braceDepth == 0 && envDepth == 0) {
                    ampersands = 0;
                }
                out.append(tex, i, end);
                i = end;
                continue;
            }
            if (inside) {
                if (c == '{') {
                    braceDepth++;
                } else if (c == '}') {
                    braceDepth--;
                } else if (c == '&' && braceDepth == 0 && envDepth == 0) {
                    ampersands++;
                    if (ampersands == 2) {
                        i++;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
