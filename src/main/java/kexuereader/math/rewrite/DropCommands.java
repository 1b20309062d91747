package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

import java.util.Map;

/**
 * Removes commands that only steer numbering ({@code \label}, {@code \tag}, {@code \nonumber}) or loading
 * ({@code \require}) together with their brace arguments; the numbering has already read them.
 */
final class DropCommands {

    /** Command name → number of brace arguments it takes. */
    private final Map<String, Integer> arguments;
    private final boolean starredToo;

    private DropCommands(Map<String, Integer> arguments, boolean starredToo) {
        this.arguments = Map.copyOf(arguments);
        this.starredToo = starredToo;
    }

    /** {@code \label{x}}, {@code \nonumber}, {@code \notag}. */
    static Rewrite labels() {
        return Rewrite.of("drop-label-nonumber", new DropCommands(Map.of("label", 1, "nonumber", 0, "notag", 0), false)::apply);
    }

    /** {@code \tag{x}} and {@code \tag*{x}}: the number column shows them. */
    static Rewrite tags() {
        return Rewrite.of("drop-tag", new DropCommands(Map.of("tag", 1), true)::apply);
    }

    /** {@code \require{ext}}: MathJax loads extensions with it; here everything is built in. */
    static Rewrite require() {
        return Rewrite.of("drop-require", new DropCommands(Map.of("require", 1), false)::apply);
    }

    /**
     * MathJax's uproot and leftroot commands (radical index placement, none here) and the html
     * package's {@code \style{css}{x}}, {@code \class{c}{x}}, {@code \cssId{id}{x}}, {@code \href{url}{x}}: the
     * command and its first argument go, the content stays as a group.
     */
    static Rewrite mathJaxOnly() {
        return Rewrite.of("drop-mathjax-only", new DropCommands(Map.of("uproot", 1, "leftroot", 1, "style", 1, "class", 1,
                "cssId", 1, "href", 1), false)::apply);
    }

    private String apply(String tex) {
        if (tex.indexOf('\\') < 0) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            Integer argCount = arguments.get(name);
            if (argCount == null) {
                return null;
            }
            int j = end;
            if (starredToo && j < tex.length() && tex.charAt(j) == '*') {
                j++;
            }
            for (int a = 0; a < argCount; a++) {
                int argEnd = at.index().argumentEnd(tex, Tex.skipSpaces(tex, j));
                if (argEnd == Tex.NONE) {
                    break;
                }
                j = argEnd;
            }
            return new CommandEdits.Replacement("", j);
        });
    }
}
