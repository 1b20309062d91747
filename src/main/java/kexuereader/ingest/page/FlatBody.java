package kexuereader.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kexuereader.model.Block;

/**
 * The body of a text capture as blocks: plain page text (what select-all and copy give: one paragraph a line)
 * and flattened captures (paragraphs run together on a few long lines, headings inline as {@code 问题简述 #}).
 * A paragraph ends at a line end, at a display formula, and — in flattened text, where Chinese prose never
 * puts a space after a full stop — at whitespace after sentence-final punctuation. A heading is the short
 * phrase before a lone {@code #}. Lines that read as program text become code.
 */
final class FlatBody {

    private static final char DISPLAY = '\uE002';
    private static final char DISPLAY_END = '\uE003';
    /** The blog's section headings are short. */
    private static final int MAX_HEADING = 30;
    private static final int MAX_CAPTION = 40;
    private static final int PLAIN_HEADING = 16;
    private static final String SENTENCE_END = "。！？；：!?;”』」）)";
    private static final Pattern CODE_START = Pattern.compile(
            "^(\"\"\"|'''|def |class |return\\b|import |from \\S+ import |for .+:$|while .+:$|if .+:$|elif |else:|"
                    + "try:|except\\b|print\\(|@\\w+|#include|//|[A-Za-z_][\\w.\\[\\]]*\\s*(=|\\+=|-=)\\s*\\S).*");

    private FlatBody() {
    }

    static List<Block> parse(List<String> lines) {
        List<String> decoded = new ArrayList<>(lines.size());
        for (String raw : lines) {
            decoded.add(Escapes.entities(raw.replace('\u00a0', ' ')));
        }
        // formulas may span lines ({@code \begin{aligned}} over three): shield them over the whole text
        MathShield.Shielded shielded = MathShield.shield(String.join("\n", decoded), false, false);
        List<Block> out = new ArrayList<>();
        List<String> code = new ArrayList<>();
        boolean docstring = false;
        String[] shieldedLines = shielded.text().split("\n", -1);
        boolean marked = false; // headings marked by their anchor "#": then only those are headings
        for (String line : shieldedLines) {
            marked |= headingMark(line, 0) >= 0;
        }
        boolean afterText = false;
        for (String line : shieldedLines) {
            String t = line.strip();
            boolean isCode = docstring || !t.isEmpty() && t.indexOf(MathShield.OPEN) < 0 && looksLikeCode(t);
            if (isCode) {
                code.add(line.startsWith(" ") ? line.substring(1).stripTrailing() : line.stripTrailing());
                int quotes = count(t, "\"\"\"") + count(t, "\'\'\'");
                if (quotes % 2 == 1) {
                    docstring = !docstring;
                }
                continue;
            }
            flushCode(code, out);
            if (t.isEmpty()) {
                continue;
            }
            if (!marked && isPlainHeading(t)) {
                out.add(new Block.Heading(2, t));
                continue;
            }
            // a caption follows the text that announced its figure, never opens the body
            String rest = afterText ? caption(line, out) : t;
            text(rest, shielded, out);
            afterText = true;
        }
        flushCode(code, out);
        return out;
    }

    /**
     * In plain page text a heading is a line of its own: short, no punctuation, no formula — as the listing
     * dumps show them ({@code 思想探讨}).
     */
    private static boolean isPlainHeading(String t) {
        int length = t.codePointCount(0, t.length());
        if (length == 0 || length > PLAIN_HEADING || t.indexOf(MathShield.OPEN) >= 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("。,，;；:：!！?？、…《》“”\"()（）".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return t.codePoints().anyMatch(c -> c >= 0x2e80);
    }

    /**
     * A flattened capture starts a figure's caption on a line of its own and runs the next paragraph on after a
     * space: the short phrase without punctuation before the first space is then a paragraph of its own.
     */
    private static String caption(String line, List<Block> out) {
        if (!line.startsWith(" ") && !line.startsWith("\t")) {
            return line.strip();
        }
        String t = line.strip();
        int space = -1;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                space = i;
                break;
            }
        }
        if (space <= 0 || space == t.length() - 1) {
            return t;
        }
        String head = t.substring(0, space);
        if (head.codePointCount(0, head.length()) > MAX_CAPTION || head.indexOf(MathShield.OPEN) >= 0
                || head.chars().noneMatch(c -> isCjk((char) c))) {
            return t;
        }
        for (int i = 0; i < head.length(); i++) {
            if ("。，,！？；：:、".indexOf(head.charAt(i)) >= 0) {
                return t;
            }
        }
        out.add(new Block.Paragraph(head));
        return t.substring(space + 1).strip();
    }

    private static boolean looksLikeCode(String t) {
        if (!CODE_START.matcher(t).matches()) {
            return false;
        }
        if (t.startsWith("\"\"\"") || t.startsWith("'''")) {
            return true;
        }
        // program text is mostly ASCII; a sentence that starts like code is still a sentence
        long ascii = t.chars().filter(c -> c < 128).count();
        return ascii * 10 >= t.length() * 8 && !t.contains("$");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static void flushCode(List<String> code, List<Block> out) {
        if (!code.isEmpty()) {
            addCode(String.join("\n", code), out);
            code.clear();
        }
    }

    /** A code block, joined to one just before it (a {@code def} line glued to the sentence that announces it). */
    private static void addCode(String text, List<Block> out) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Block.Code c) {
            out.set(out.size() - 1, new Block.Code(c.language(), c.text() + "\n" + text));
        } else {
            out.add(new Block.Code("", text));
        }
    }

    /** One line of text: formulas, headings and paragraphs. */
    private static void text(String line, MathShield.Shielded shielded, List<Block> out) {
        String s = shielded.restoreMarked(line, DISPLAY, DISPLAY_END);
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == DISPLAY) {
                int end = s.indexOf(DISPLAY_END, i);
                paragraphs(text.toString(), out);
                text.setLength(0);
                out.add(new Block.Formula(shielded.spans().get(Integer.parseInt(s.substring(i + 1, end))).tex().strip()));
                i = end + 1;
                continue;
            }
            text.append(c);
            i++;
        }
        paragraphs(text.toString(), out);
    }

    /** Text without display formulas: split at headings ({@code 标题 #}) and at paragraph breaks. */
    private static void paragraphs(String s, List<Block> out) {
        int from = 0;
        int hash;
        while ((hash = headingMark(s, from)) >= 0) {
            String before = s.substring(from, hash).stripTrailing();
            int start = headingStart(before);
            if (start < 0) {
                split(s.substring(from, hash + 1), out);
            } else {
                split(before.substring(0, start), out);
                out.add(new Block.Heading(2, before.substring(start).strip()));
            }
            from = hash + 1;
        }
        split(s.substring(from), out);
    }

    /** The next {@code #} standing alone (space or line start before it, space or line end after it). */
    private static int headingMark(String s, int from) {
        for (int i = s.indexOf('#', from); i >= 0; i = s.indexOf('#', i + 1)) {
            boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || isCjk(s.charAt(i - 1));
            boolean after = i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1));
            if (before && after) {
                return i;
            }
        }
        return -1;
    }

    /** Where the heading before a {@code #} starts: after the last paragraph break; -1 when it is no heading. */
    private static int headingStart(String before) {
        int start = 0;
        for (int i = before.length() - 1; i > 0; i--) {
            if (Character.isWhitespace(before.charAt(i)) && SENTENCE_END.indexOf(before.charAt(i - 1)) >= 0) {
                start = i + 1;
                break;
            }
        }
        String heading = before.substring(start).strip();
        int length = heading.codePointCount(0, heading.length());
        if (length == 0 || length > MAX_HEADING || heading.indexOf(MathShield.OPEN) >= 0) {
            return -1;
        }
        for (int i = 0; i < heading.length(); i++) {
            if ("。，,！？；：".indexOf(heading.charAt(i)) >= 0) {
                return -1;
            }
        }
        return before.indexOf(heading, start);
    }

    /** Paragraph breaks of flattened text: whitespace after sentence-final punctuation. */
    private static void split(String s, List<Block> out) {
        int start = 0;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) && SENTENCE_END.indexOf(s.charAt(i - 1)) >= 0
                    && isCjkContext(s, i - 1)) {
                add(s.substring(start, i), out);
                start = i + 1;
            }
        }
        add(s.substring(start), out);
    }

    /** Full-width punctuation always; ASCII {@code ) ! ? ;} only after Chinese text. */
    private static boolean isCjkContext(String s, int punct) {
        char p = s.charAt(punct);
        if (p > 0x2000) {
            return true;
        }
        return punct > 0 && isCjk(s.charAt(punct - 1));
    }

    private static boolean isCjk(char c) {
        return c >= 0x2e80 && c < 0xa000 || c >= 0xff00 && c < 0xffef;
    }

    private static void add(String s, List<Block> out) {
        String t = s.strip();
        if (t.isEmpty()) {
            return;
        }
        if (looksLikeCode(t) && (t.startsWith("def ") || t.startsWith("class ") || t.startsWith("import "))) {
            addCode(t, out);
        } else {
            out.add(new Block.Paragraph(t));
        }
    }
}
