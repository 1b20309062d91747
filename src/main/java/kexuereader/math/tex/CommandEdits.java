package kexuereader.math.tex;

/**
 * The walk most rewrite rules share: visit each control sequence of a formula in order, let the rule replace it
 * (with what follows it, such as its arguments) or leave it, and copy the text in between. The walk goes from one
 * backslash to the next, so it stays linear; the {@link TexIndex} of brace pairs is built only when a rule first
 * asks for it.
 */
public final class CommandEdits {

    /** What replaces {@code tex[start, end)}, the command and whatever of its arguments the rule took. */
    public record Replacement(String text, int end) {
    }

    /** A rule's decision for one control sequence. */
    @FunctionalInterface
    public interface Edit {

        /**
         * @param at    the formula being walked
         * @param start where the command's backslash is
         * @param end   where its name ends (arguments start at or after it)
         * @param name  its name, without the backslash
         * @return the replacement, or {@code null} to keep the command and go on after its name
         */
        Replacement at(CommandEdits at, int start, int end, String name);
    }

    private final String tex;
    private TexIndex index;

    private CommandEdits(String tex) {
        this.tex = tex;
    }

    /** Its brace and bracket pairs, built on first use. */
    public TexIndex index() {
        if (index == null) {
            index = TexIndex.of(tex);
        }
        return index;
    }

    /** A brace group of the formula: {@code tex[open, end)}, braces included. */
    public record Group(int open, int end) {
    }

    /**
     * The column spec of a {@code \begin} whose name ends at {@code end}, when it opens an {@code array} (an
     * optional {@code [t]} before the spec skipped); null for any other environment or an array without a spec.
     */
    public Group arraySpec(int end) {
        if (!tex.startsWith("{array}", end)) {
            return null;
        }
        int spec = Tex.skipSpaces(tex, end + 7);
        if (spec < tex.length() && tex.charAt(spec) == '[') {
            int close = index().optionalEnd(spec);
            spec = close == Tex.NONE ? spec : Tex.skipSpaces(tex, close);
        }
        int specEnd = spec < tex.length() && tex.charAt(spec) == '{' ? index().groupEnd(spec) : Tex.NONE;
        return specEnd == Tex.NONE ? null : new Group(spec, specEnd);
    }

    /** The formula with every replacement the edit chose; the same string when it chose none. */
    public static String apply(String tex, Edit edit) {
        CommandEdits walk = new CommandEdits(tex);
        StringBuilder out = null;
        int copied = 0;
        int i = tex.indexOf('\\');
        while (i >= 0) {
            int end = Tex.controlSequenceEnd(tex, i);
            Replacement r = edit.at(walk, i, end, tex.substring(i + 1, end));
            if (r == null) {
                i = tex.indexOf('\\', end);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(tex.length() + 32);
            }
            out.append(tex, copied, i).append(r.text());
            copied = r.end();
            i = tex.indexOf('\\', r.end());
        }
        return out == null ? tex : out.append(tex, copied, tex.length()).toString();
    }
}
