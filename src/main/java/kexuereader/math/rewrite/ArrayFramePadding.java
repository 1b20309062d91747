package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;

/**
 * An {@code array} with a rule at its left or right edge ({@code {|c|c|}}): MathJax sets it as a frame and pads
 * both sides by 0.5 em (its {@code framespacing}); JLaTeXMath (whose outer half gaps are removed, see
 * {@link JlmRuntime}) would put the rules against the cells. {@code {|c|c|}} → {@code {|@{\hspace{0.5em}}c|c@{\hspace{0.5em}}|}}.
 */
final class ArrayFramePadding {

    static final String PAD = "@{\\hspace{0.5em}}";

    static String apply(String tex) {
        if (!tex.contains("\\begin{array}")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            CommandEdits.Group group = name.equals("begin") ? at.arraySpec(end) : null;
            if (group == null) {
                return null;
            }
            int spec = group.open();
            int specEnd = group.end();
            String inner = tex.substring(spec + 1, specEnd - 1).strip();
            boolean left = inner.startsWith("|");
            boolean right = inner.endsWith("|");
            if (!left && !right) {
                return null;
            }
            int l = 0;
            while (l < inner.length() && inner.charAt(l) == '|') {
                l++;
            }
            int r = inner.length();
            while (r > l && inner.charAt(r - 1) == '|') {
                r--;
            }
            String padded = inner.substring(0, l) + PAD + inner.substring(l, r) + PAD + inner.substring(r);
            return new CommandEdits.Replacement(tex.substring(start, spec) + "{" + padded + "}", specEnd);
        });
    }
}
