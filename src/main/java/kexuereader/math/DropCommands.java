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

    @Override
    public String name() {
        return name;
    }

    @Override
    public String apply(String tex) {
        if (tex.indexOf('\\') < 0) {
            return tex;
        }
        TexIndex index = null;
        StringBuilder out = null;
        int copied = 0;
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            int wordEnd = Tex.controlSequenceEnd(tex, i);
            Integer argCount = arguments.get(tex.substring(i + 1, wordEnd));
            if (argCount == null) {
                i = wordEnd - 1;
                continue;
            }
            int j = wordEnd;
            if (starredToo && j < n && tex.charAt(j) == '*') {
                j++;
            }
            for (int a = 0; a < argCount; a++) {
                int argStart = Tex.skipSpaces(tex, j);
                if (index == null) {
                    index = TexIndex.of(tex);
                }
                int argEnd = index.argumentEnd(tex, argStart);
                if (argEnd == Tex.NONE) {
                    break;
                }
                j = argEnd;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(tex, copied, i);
            copied = j;
            i = j - 1;
        }
        if (out == null) {
            return tex;
        }
        return out.append(tex, copied, n).toString();
    }
}
