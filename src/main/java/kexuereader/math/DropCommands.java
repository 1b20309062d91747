package kexuereader.math;

import java.util.Map;

/**
 * Removes commands that only steer numbering ({@code \label}, {@code \tag}, {@code \nonumber}) or loading
 * ({@code \require}) together with their brace arguments; the numbering has already read them.
 */
final class DropCommands implements Rewrite {

    private final String name;
    /** Command name → number of brace arguments it takes. */
    private final Map<String, Integer> arguments;
    private final boolean starredToo;

    DropCommands(String name, Map<String, Integer> arguments, boolean starredToo) {
        this.name = name;
        this.arguments = Map.copyOf(arguments);
        this.starredToo = starredToo;
    }

    /** {@code \label{x}}, {@code \nonumber}, {@code \notag}. */
    static DropCommands labels() {
        return new DropCommands("drop-label-nonumber", Map.of("label", 1, "nonumber", 0, "notag", 0), false);
    }

    /** {@code \tag{x}} and {@code \tag*{x}}: the number column shows them. */
    static DropCommands tags() {
        return new DropCommands("drop-tag", Map.of("tag", 1), true);
    }

    /** {@code \require{ext}}: MathJax loads extensions with it; here everything is built in. */
    static DropCommands require() {
        return new DropCommands("drop-require", Map.of("require", 1), false);
    }

    /**
     * MathJax's uproot and leftroot commands (radical index placement, none here) and the html
     * package's {@code \style{css}{x}}, {@code \class{c}{x}}, {@code \cssId{id}{x}}, {@code \href{url}{x}}: the
     * command and its first argument go, the content stays as a group.
     */
    static DropCommands mathJaxOnly() {
        return new DropCommands("drop-mathjax-only", Map.of("uproot", 1, "leftroot", 1, "style", 1, "class", 1,
                "cssId", 1, "href", 1), false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String apply(String tex) {
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
