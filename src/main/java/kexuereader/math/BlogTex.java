package kexuereader.math;

import kexuereader.math.macro.MacroDefinition;
import kexuereader.math.macro.Macros;
import kexuereader.math.tex.Tex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * What the blog's MathJax rejects although JLaTeXMath could draw it: a command or environment none of the blog's
 * packages defines ({@code \bm}, {@code \require}), and colorv2's {@code \color{c}} before a command that cannot
 * stand alone ({@code \color{c}\boldsymbol{x}}: the command is {@code \color}'s whole argument). Such a formula
 * stays an error here too and gets no number, so the numbers after it are the blog's. The names come from
 * MathJax itself ({@code mathjax-commands.txt}, written by {@code src/bench/fidelity/mathjax-commands.js}).
 */
final class BlogTex {

    private static final int MAX_NAME = 64;

    /** Commands whose brace argument MathJax reads as text: control words in it are not commands. */
    private static final Set<String> TEXT_ARGUMENT = Set.of("text", "mbox", "hbox", "vbox", "fbox", "textrm",
            "textit", "textbf", "textsf", "texttt", "textup", "textnormal", "textmd", "label", "ref", "eqref", "tag",
            "href", "class", "cssId", "style", "color", "textcolor", "colorbox", "fcolorbox", "operatorname");

    private static final class Names {
        static final Names MATHJAX = load();
        final Set<String> macros = new HashSet<>();
        final Set<String> environments = new HashSet<>();
        final Set<String> failsAlone = new HashSet<>();

        private static Names load() {
            Names names = new Names();
            try (InputStream in = BlogTex.class.getResourceAsStream("mathjax-commands.txt")) {
                if (in == null) {
                    throw new IllegalStateException("mathjax-commands.txt is missing from the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Set<String> into = null;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    switch (line) {
                        case "[macros]" -> into = names.macros;
                        case "[environments]" -> into = names.environments;
                        case "[fails-alone]" -> into = names.failsAlone;
                        default -> into.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return names;
        }
    }

    private BlogTex() {
    }

    /**
     * Why the blog's MathJax rejects the formula, in MathJax's words, or null when it renders it.
     *
     * @param written  the formula as written, the article's definitions taken out (its macros not expanded)
     * @param expanded the same with the article's macros expanded
     * @param macros   the article's macros in effect for it
     */
    static String rejection(String written, String expanded, Macros macros) {
        String alone = colourArgument(written, macros);
        if (alone != null) {
            return alone;
        }
        String unknown = unknown(expanded);
        return unknown != null ? unknown : doubleScript(expanded);
    }

    /**
     * A second superscript or subscript on one atom ({@code x^a^b}, {@code x_a_b}, {@code x^a'}), which
     * JLaTeXMath sets and MathJax refuses. Text arguments and comments are skipped as in {@link #unknown}.
     */
    static String doubleScript(String tex) {
        int n = tex.length();
        // per brace level: the scripts the current atom has (1 superscript, 2 subscript)
        int[] scripts = new int[65];
        int depth = 0;
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '%') {
                i = commentEnd(tex, i);
            } else if (c == '^' || c == '_' || c == '\'') {
                int kind = c == '_' ? 2 : 1;
                if ((scripts[depth] & kind) != 0) {
                    return c == '^' ? "Double exponent: use braces to clarify"
                            : c == '_' ? "Double subscripts: use braces to clarify"
                            : "Prime causes double exponent: use braces to clarify";
                }
                if (c == '\'') {
                    // primes stack, and a superscript may follow them (x'^2)
                    while (i + 1 < n && tex.charAt(i + 1) == '\'') {
                        i++;
                    }
                    i++;
                    continue;
                }
                scripts[depth] |= kind;
                i = scriptEnd(tex, Tex.skipSpaces(tex, i + 1));
            } else if (c == '{') {
                if (depth == scripts.length - 1) {
                    return null; // deeper than any formula that renders
                }
                scripts[++depth] = 0;
                i++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                scripts[depth] = 0; // the group is the new atom
                i++;
            } else if (c == '\\') {
                int end = Tex.controlSequenceEnd(tex, i);
                String word = tex.substring(i + 1, end);
                if (!word.endsWith("limits")) {
                    scripts[depth] = 0;
                }
                i = pastTextArgument(tex, word, end);
            } else {
                if (!Character.isWhitespace(c)) {
                    scripts[depth] = 0;
                }
                i++;
            }
        }
        return null;
    }

    /** Just past a script's argument: a group, a character, or a command with its braced arguments. */
    private static int scriptEnd(String tex, int i) {
        if (i >= tex.length()) {
            return i;
        }
        char c = tex.charAt(i);
        if (c == '{') {
            return groupEnd(tex, i);
        }
        if (c != '\\') {
            return i + Character.charCount(tex.codePointAt(i));
        }
        int end = Tex.controlSequenceEnd(tex, i);
        if (Names.MATHJAX.failsAlone.contains(tex.substring(i + 1, end))) {
            int next = Tex.skipSpaces(tex, end);
            while (next < tex.length() && tex.charAt(next) == '{') {
                end = groupEnd(tex, next);
                next = Tex.skipSpaces(tex, end);
            }
        }
        return end;
    }

    /** The first control word or environment MathJax does not know, outside text arguments and comments. */
    static String unknown(String tex) {
        Names names = Names.MATHJAX;
        int n = tex.length();
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '%') {
                i = commentEnd(tex, i);
                continue;
            }
            if (c != '\\') {
                i++;
                continue;
            }
            int end = Tex.controlSequenceEnd(tex, i);
            if (end == i + 1 || !Tex.isLetter(tex.charAt(i + 1))) {
                i = Math.max(end, i + 1);
                continue;
            }
            String word = tex.substring(i + 1, end);
            if (!names.macros.contains(word)) {
                return "Undefined control sequence \\" + word;
            }
            if (word.equals("begin")) {
                String env = braced(tex, end);
                if (env != null && !names.environments.contains(env)) {
                    return "Unknown environment '" + env + "'";
                }
            }
            i = pastTextArgument(tex, word, end);
        }
        return null;
    }

    /** colorv2: {@code \color{c}} takes the next token as its argument; a command that needs one fails there. */
    static String colourArgument(String tex, Macros macros) {
        int from = 0;
        while (true) {
            int at = tex.indexOf("\\color", from);
            if (at < 0) {
                return null;
            }
            from = at + 6;
            int end = Tex.controlSequenceEnd(tex, at);
            if (end != at + 6) {
                continue; // \colorbox
            }
            int open = Tex.skipSpaces(tex, end);
            if (open >= tex.length() || tex.charAt(open) != '{') {
                continue;
            }
            int close = Tex.nameClose(tex, open + 1, MAX_NAME);
            if (close < 0) {
                continue;
            }
            int next = Tex.skipSpaces(tex, close + 1);
            if (next >= tex.length() || tex.charAt(next) != '\\') {
                continue;
            }
            int wordEnd = Tex.controlSequenceEnd(tex, next);
            String word = tex.substring(next + 1, wordEnd);
            MacroDefinition own = macros.definitions().get(word);
            boolean fails = own != null
                    ? own.parameters() > 0 && own.defaultArgument() == null
                    : Names.MATHJAX.failsAlone.contains(word);
            if (fails) {
                return word.equals("left") || word.startsWith("big") || word.startsWith("Big")
                        ? "Missing or unrecognized delimiter for \\" + word
                        : "Missing argument for \\" + word;
            }
        }
    }

    /** The text of a short braced name at {@code i} (after spaces), or null. */
    private static String braced(String tex, int i) {
        int open = Tex.skipSpaces(tex, i);
        if (open >= tex.length() || tex.charAt(open) != '{') {
            return null;
        }
        int close = Tex.nameClose(tex, open + 1, MAX_NAME);
        return close < 0 ? null : tex.substring(open + 1, close).strip();
    }

    /** Just past the brace closing the group opened at {@code open}, or the end of the text. */
    private static int groupEnd(String tex, int open) {
        int end = Tex.groupEnd(tex, open, tex.length());
        return end == Tex.NONE ? tex.length() : end;
    }

    /** Just past the {@code %} comment at {@code i}: the next line. */
    private static int commentEnd(String tex, int i) {
        int eol = tex.indexOf('\n', i);
        return eol < 0 ? tex.length() : eol + 1;
    }

    /** Past the text argument of {@code word} when it takes one (its words are no commands), else {@code end}. */
    private static int pastTextArgument(String tex, String word, int end) {
        if (!TEXT_ARGUMENT.contains(word)) {
            return end;
        }
        int open = Tex.skipSpaces(tex, end);
        return open < tex.length() && tex.charAt(open) == '{' ? groupEnd(tex, open) : end;
    }
}
