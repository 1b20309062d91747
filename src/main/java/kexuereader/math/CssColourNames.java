package kexuereader.math;

import java.util.Map;

/**
 * Colour arguments of {@code \textcolor}, {@code \color}, {@code \colorbox} and {@code \fcolorbox} become
 * {@code #rrggbb} as the blog's browser resolved them (see {@link ColourNames}), so {@code skyblue} is CSS sky
 * blue and not JLaTeXMath's printer cyan; an xcolor model ({@code [rgb]}) is folded into the value.
 */
final class CssColourNames implements Rewrite {

    /** Command → number of colour arguments. */
    private static final Map<String, Integer> COMMANDS = Map.of("textcolor", 1, "color", 1, "colorbox", 1,
            "fcolorbox", 2);

    @Override
    public String name() {
        return "css-colour-names";
    }

    @Override
    public String apply(String tex) {
        if (!tex.contains("color")) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        StringBuilder out = new StringBuilder(tex.length() + 16);
        int n = tex.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            Integer colours = COMMANDS.get(tex.substring(i + 1, end));
            if (colours == null) {
                i = end - 1;
                continue;
            }
            String model = null;
            int j = end;
            if (j < n && tex.charAt(j) == '[') {
                int close = index.optionalEnd(j);
                if (close == Tex.NONE) {
                    i = end - 1;
                    continue;
                }
                model = tex.substring(j + 1, close - 1);
                j = close;
            }
            StringBuilder args = new StringBuilder();
            boolean understood = true;
            for (int a = 0; a < colours && understood; a++) {
                int start = Tex.skipSpaces(tex, j);
                int close = index.groupEnd(start);
                if (close == Tex.NONE) {
                    understood = false;
                    break;
                }
                String hex = ColourNames.resolve(model, tex.substring(start + 1, close - 1));
                if (hex == null) {
                    understood = false;
                    break;
                }
                args.append('{').append(hex).append('}');
                j = close;
            }
            if (understood) {
                out.append(tex, copied, end).append(args);
                copied = j;
            }
            i = Math.max(end, j) - 1;
        }
        if (copied == 0) {
            return tex;
        }
        return out.append(tex, copied, n).toString();
    }
}
