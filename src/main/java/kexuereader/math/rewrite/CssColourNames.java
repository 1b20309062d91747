package kexuereader.math.rewrite;

import kexuereader.math.tex.ColourNames;
import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

import java.util.Map;

/**
 * Colour arguments of {@code \textcolor}, {@code \color}, {@code \colorbox} and {@code \fcolorbox} become
 * {@code #rrggbb} as the blog's browser resolved them (see {@link ColourNames}), so {@code skyblue} is CSS sky
 * blue and not JLaTeXMath's printer cyan; an xcolor model ({@code [rgb]}) is folded into the value.
 */
final class CssColourNames {

    /** Command → number of colour arguments. */
    private static final Map<String, Integer> COMMANDS = Map.of("textcolor", 1, "color", 1, "colorbox", 1,
            "fcolorbox", 2);

    static String apply(String tex) {
        if (!tex.contains("color")) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            Integer colours = COMMANDS.get(name);
            if (colours == null) {
                return null;
            }
            String model = null;
            int j = end;
            if (j < tex.length() && tex.charAt(j) == '[') {
                int close = at.index().optionalEnd(j);
                if (close == Tex.NONE) {
                    return null;
                }
                model = tex.substring(j + 1, close - 1);
                j = close;
            }
            StringBuilder args = new StringBuilder();
            boolean understood = true;
            for (int a = 0; a < colours && understood; a++) {
                int from = Tex.skipSpaces(tex, j);
                int close = at.index().groupEnd(from);
                String hex = close == Tex.NONE ? null : ColourNames.resolve(model, tex.substring(from + 1, close - 1));
                if (hex == null) {
                    understood = false;
                } else {
                    args.append('{').append(hex).append('}');
                    j = close;
                }
            }
            // what was read of the arguments is passed over either way, as written when it is not understood
            return new CommandEdits.Replacement(understood ? tex.substring(start, end) + args
                    : tex.substring(start, j), j);
        });
    }
}
