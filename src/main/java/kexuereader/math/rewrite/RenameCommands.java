package kexuereader.math.rewrite;

import kexuereader.math.tex.CommandEdits;
import kexuereader.math.tex.Tex;

import java.util.Map;

/**
 * Replaces control words JLaTeXMath does not know by equivalents it does, e.g. {@code \bm} → {@code \boldsymbol}
 * and {@code \lvert} → {@code |}.
 */
final class RenameCommands {

    private final Map<String, String> replacements;

    private RenameCommands(Map<String, String> replacements) {
        this.replacements = Map.copyOf(replacements);
    }

    /** {@code \bm} and {@code \pmb} (MathJax's bm and "poor man's bold") → {@code \boldsymbol}. */
    static Rewrite boldSymbol() {
        return Rewrite.of("bm-to-boldsymbol", new RenameCommands(Map.of("bm", "\\boldsymbol", "pmb", "\\boldsymbol"))::apply);
    }

    /** {@code \lvert}/{@code \rvert} → {@code |}, {@code \lVert}/{@code \rVert} → {@code \|}. */
    static Rewrite bars() {
        return Rewrite.of("lvert-to-bar", new RenameCommands(Map.of("lvert", "|", "rvert", "|", "lVert", "\\|", "rVert", "\\|"))::apply);
    }

    /**
     * Commands MathJax has and JLaTeXMath lacks under another name: {@code \emph}, {@code \hbox},
     * {@code \space}, {@code \coloneqq} and friends, {@code \lparen}, {@code \enspace}, {@code \mspace},
     * {@code \strut}.
     */
    private static final String WORD_SPACE = "\\hspace{0.25em}";

    static Rewrite mathJaxAliases() {
        return Rewrite.of("mathjax-aliases", new RenameCommands(java.util.Map.ofEntries(
                java.util.Map.entry("emph", "\\textit"), java.util.Map.entry("hbox", "\\mbox"),
                java.util.Map.entry("space", WORD_SPACE), java.util.Map.entry("coloneqq", "\\colonequals"),
                java.util.Map.entry("eqqcolon", "\\equalscolon"), java.util.Map.entry("Coloneqq", "\\coloncolonequals"),
                java.util.Map.entry("Eqqcolon", "\\equalscoloncolon"), java.util.Map.entry("vcentcolon", "\\ratio"),
                java.util.Map.entry("lparen", "("), java.util.Map.entry("rparen", ")"),
                java.util.Map.entry("enspace", "\\hspace{0.5em}"), java.util.Map.entry("mspace", "\\hspace"),
                java.util.Map.entry("mathstrut", "\\vphantom{(}"), java.util.Map.entry("strut", "\\vphantom{(}"),
                // a control space is MathJax's word space, 0.25 em (JLaTeXMath's the font's, 0.333 em), also
                // a backslash before a line break
                java.util.Map.entry(" ", WORD_SPACE), java.util.Map.entry("\n", WORD_SPACE),
                java.util.Map.entry("\r", WORD_SPACE), java.util.Map.entry("\t", WORD_SPACE)))::apply);
    }

    private String apply(String tex) {
        if (tex.indexOf('\\') < 0) {
            return tex;
        }
        return CommandEdits.apply(tex, (at, start, end, name) -> {
            String replacement = replacements.get(name);
            if (replacement == null) {
                return null;
            }
            // keep "\bm x" and "\lvert x" apart from a following letter: "\boldsymbolx" would be a new word
            boolean apart = Tex.isLetter(replacement.charAt(replacement.length() - 1)) && end < tex.length()
                    && Tex.isLetter(tex.charAt(end));
            return new CommandEdits.Replacement(apart ? replacement + " " : replacement, end);
        });
    }
}
