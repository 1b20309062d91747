package kexuereader.math;

/**
 * {@code \operatorname*{argmax}} → {@code \mathop{\mathrm{argmax}}}: JLaTeXMath knows only the unstarred form
 * and prints the star. A {@code \mathop} puts limits below in display style and beside in text style, which is
 * what the star asks for; that is also the default {@code \displaylimits} asks for, so it is dropped.
 */
final class OperatornameStar implements Rewrite {

    @Override
    public String name() {
        return "operatorname-star";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("\\operatorname*") && !tex.contains("\\displaylimits")) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length() + 16);
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            String word = tex.substring(i + 1, end);
            if (word.equals("displaylimits")) {
                out.append(tex, copied, i);
                copied = end;
            } else if (word.equals("operatorname") && end < n && tex.charAt(end) == '*') {
                int argStart = Tex.skipSpaces(tex, end + 1);
                int argEnd = index.argumentEnd(tex, argStart);
                if (argEnd != Tex.NONE) {
                    out.append(tex, copied, i).append("\\mathop{\\mathrm{")
                            .append(Tex.argumentText(tex, argStart, argEnd)).append("}}");
                    copied = argEnd;
                    i = argEnd - 1;
                    continue;
                }
            }
            i = end - 1;
        }
        return out.append(tex, copied, n).toString();
    }
}
