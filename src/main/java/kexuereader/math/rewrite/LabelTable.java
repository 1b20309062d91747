package kexuereader.math.rewrite;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code \label}s of one article and what a reference to each shows: filled by the numbering's first
 * pass over all display math, read by the second, so references may point forward.
 */
public final class LabelTable {

    /** What a label stands for: the number as {@code \ref} shows it ({@code 3}, or a tag's text) and its anchor. */
    public record Target(String number, String anchorId) {
    }

    private final Map<String, Target> targets = new HashMap<>();

    /** Records a label; the first definition wins, as later ones are errors on the blog. */
    public void define(String label, Target target) {
        targets.putIfAbsent(label, target);
    }

    /** The target of a label, or {@code null} when the article does not define it. */
    public Target find(String label) {
        return targets.get(label);
    }

    /** What {@code \eqref} shows: {@code (3)}, or MathJax's {@code (??)} for an unknown label. */
    public String eqrefText(String label) {
        Target t = find(label);
        return "(" + (t == null ? "??" : t.number()) + ")";
    }

    /** What {@code \ref} shows: {@code 3}, or {@code ??} for an unknown label. */
    public String refText(String label) {
        Target t = find(label);
        return t == null ? "??" : t.number();
    }
}
