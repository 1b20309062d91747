package kexuereader.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps LaTeX out of the Markdown parser's reach. Every formula of a capture ({@code $…$}, {@code $$…$$},
 * {@code \begin{env}…\end{env}}) is swapped for a placeholder before parsing, so an unescaped {@code _},
 * {@code *} or {@code \\} inside it never becomes emphasis or a lost backslash, and is put back, decoded,
 * afterwards. A capture that escaped its Markdown ({@code \\boldsymbol}, {@code \_}) gets its escapes decoded
 * inside formulas as CommonMark would; one that left LaTeX raw keeps it as written. Entities
 * ({@code &lt;}) are decoded in both.
 */
final class MathShield {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    /** Longest formula taken as one: past this an unclosed delimiter is text. */
    private static final int MAX_FORMULA = 60_000;

    private static final Pattern ENV_NAME = Pattern.compile("begin\\{([A-Za-z]+)(\\\\?\\*)?\\}");
    /** The begin/end pattern of each environment name met, compiled once (a page holds hundreds of them). */
    private static final java.util.Map<String, Pattern> MARKS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Names are letters only, but a hostile page could hold many: the cache stops growing here. */
    private static final int MAX_MARKS = 256;

    /** A formula taken out: its text as written in the capture and its LaTeX, delimiters included. */
    record Span(String source, String tex, boolean display) {
    }

    /** Text with placeholders, and the formulas they stand for. */
    record Shielded(String text, List<Span> spans) {

        /** Puts the formulas' LaTeX back. */
        String restore(String s) {
            return put(s, false, (char) 0, (char) 0);
        }

        /** Puts inline formulas back; display ones become {@code open}, their index, {@code close}. */
        String restoreMarked(String s, char open, char close) {
            return put(s, false, open, close);
        }

        /** Puts the formulas back as the capture wrote them (inside code, where nothing is decoded). */
        String restoreSource(String s) {
            return put(s, true, (char) 0, (char) 0);
        }

        private String put(String s, boolean source, char open, char close) {
            if (s.indexOf(OPEN) < 0) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length() + 64);
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int end = c == OPEN ? s.indexOf(CLOSE, i) : -1;
                Integer index = end > i + 1 ? index(s, i + 1, end) : null;
                if (index == null || index >= spans.size()) {
                    sb.append(c);
                    i++;
                    continue;
                }
                Span span = spans.get(index);
                if (open != 0 && span.display()) {
                    sb.append(open).append(index).append(close);
                } else {
                    sb.append(source ? span.source() : span.tex());
                }
                i = end + 1;
            }
            return sb.toString();
        }

        /** The formula a text consisting of one placeholder only stands for, else null. */
        Span only(String s) {
            String t = s.strip();
            if (t.length() < 3 || t.charAt(0) != OPEN || t.indexOf(CLOSE) != t.length() - 1) {
                return null;
            }
            Integer index = index(t, 1, t.length() - 1);
            return index == null || index >= spans.size() ? null : spans.get(index);
        }

        private static Integer index(String s, int from, int to) {
            if (to - from > 9) {
                return null;
            }
            int v = 0;
            for (int i = from; i < to; i++) {
                char d = s.charAt(i);
                if (d < '0' || d > '9') {
                    return null;
                }
                v = v * 10 + (d - '0');
            }
            return v;
        }
    }

    private MathShield() {
    }

    /** Whether a capture escaped its Markdown inside formulas ({@code \\frac}, {@code \_}) rather than leaving LaTeX raw. */
    static boolean looksEscaped(String text) {
        // one pass over the backslashes: "\\" before a command is an escaped backslash, "\" alone a bare command
        int escaped = 0;
        int raw = 0;
        int n = text.length();
        for (int i = text.indexOf('\\'); i >= 0 && i < n; i = text.indexOf('\\', i)) {
            int run = 0;
            while (i < n && text.charAt(i) == '\\') {
                run++;
                i++;
            }
            char next = i < n ? text.charAt(i) : ' ';
            boolean command = i + 1 < n && isLetter(next) && isLetter(text.charAt(i + 1));
            if (run == 2 && command || run == 1 && next == '_') {
                escaped++;
            } else if (run == 1 && command) {
                raw++;
            }
        }
        return escaped > raw;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Swaps every formula for a placeholder.
     *
     * @param escaped  whether Markdown escapes inside formulas are to be decoded
     * @param markdown whether the text is Markdown: code spans and fences are then left alone
     */
    static Shielded shield(String text, boolean escaped, boolean markdown) {
        List<Span> spans = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (markdown && lineStart) {
                int fenceEnd = fenceEnd(text, i);
                if (fenceEnd > i) {
                    out.append(text, i, fenceEnd);
                    i = fenceEnd;
                    lineStart = true;
                    continue;
                }
            }
            lineStart = false;
            if (markdown && c == '`') {
                int run = run(text, i, '`');
                int close = closingRun(text, i + run, run);
                int end = close < 0 ? i + run : close + run;
                out.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '\\') {
                int run = run(text, i, '\\');
                int j = i + run;
                if (run <= 2 && text.startsWith("begin{", j)) {
                    int end = environmentEnd(text, j);
                    if (end > 0) {
                        i = take(text, i, end, true, escaped, spans, out);
                        continue;
                    }
                }
                out.append(text, i, j);
                i = j;
                if (run % 2 == 1 && i < n) { // an escaped character is never a delimiter
                    out.append(text.charAt(i));
                    lineStart = text.charAt(i) == '\n';
                    i++;
                }
                continue;
            }
            if (c == '$') {
                if (i + 1 < n && text.charAt(i + 1) == '$') {
                    int close = closingDollars(text, i + 2);
                    if (close > 0) {
                        i = take(text, i, close + 2, true, escaped, spans, out);
                        continue;
                    }
                    out.append("$$");
                    i += 2;
                    continue;
                }
                int close = closingDollar(text, i + 1);
                if (close > i + 1) {
                    i = take(text, i, close + 1, false, escaped, spans, out);
                    continue;
                }
            }
            out.append(c);
            lineStart = c == '\n';
            i++;
        }
        return new Shielded(out.toString(), spans);
    }

    private static int take(String text, int from, int to, boolean display, boolean escaped, List<Span> spans,
                            StringBuilder out) {
        String source = text.substring(from, to);
        String tex = escaped ? Escapes.unescape(source) : Escapes.entities(source);
        out.append(OPEN).append(spans.size()).append(CLOSE);
        spans.add(new Span(source, tex, display));
        return to;
    }

    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private static int closingRun(String s, int from, int run) {
        int i = from;
        int limit = Math.min(s.length(), from + 10_000);
        while (i < limit) {
            int k = s.indexOf('`', i);
            if (k < 0 || k >= limit) {
                return -1;
            }
            int r = run(s, k, '`');
            if (r == run) {
                return k;
            }
            i = k + r;
        }
        return -1;
    }

    /** The end (after the closing line) of a fenced code block starting at {@code i}, else -1. */
    private static int fenceEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 3 && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= s.length() || (s.charAt(j) != '`' && s.charAt(j) != '~')) {
            return -1;
        }
        char f = s.charAt(j);
        int run = run(s, j, f);
        if (run < 3) {
            return -1;
        }
        int lineEnd = s.indexOf('\n', j);
        if (lineEnd < 0) {
            return s.length();
        }
        int k = lineEnd + 1;
        while (k < s.length()) {
            int e = s.indexOf('\n', k);
            String line = (e < 0 ? s.substring(k) : s.substring(k, e)).strip();
            if (line.length() >= run && run(line, 0, f) >= run && line.chars().allMatch(ch -> ch == f)) {
                return e < 0 ? s.length() : e + 1;
            }
            if (e < 0) {
                break;
            }
            k = e + 1;
        }
        return s.length();
    }

    /** The end of {@code \begin{env}…\end{env}} whose {@code begin} starts at {@code j}, nesting counted; else -1. */
    private static int environmentEnd(String s, int j) {
        Matcher name = ENV_NAME.matcher(s).region(j, Math.min(s.length(), j + 40));
        if (!name.lookingAt()) {
            return -1;
        }
        Pattern marks = marks(name.group(1));
        Matcher m = marks.matcher(s).region(name.end(), Math.min(s.length(), j + MAX_FORMULA));
        int depth = 1;
        while (m.find()) {
            depth += m.group(1).equals("begin") ? 1 : -1;
            if (depth == 0) {
                return m.end();
            }
        }
        return -1;
    }

    private static Pattern marks(String env) {
        Pattern p = MARKS.get(env);
        if (p == null) {
            p = Pattern.compile("\\\\{1,2}(begin|end)\\{" + Pattern.quote(env) + "(?:\\\\?\\*)?\\}");
            if (MARKS.size() < MAX_MARKS) {
                MARKS.put(env, p);
            }
        }
        return p;
    }

    private static int closingDollars(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_FORMULA);
        for (int i = from; i + 1 < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && s.charAt(i + 1) == '$') {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    /** The closing {@code $} of inline math on the same line, else -1. */
    private static int closingDollar(String s, int from) {
        int limit = Math.min(s.length(), from + 4_000);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return -1;
            } else if (c == '\\') {
                i++;
            } else if (c == '$') {
                return i;
            }
        }
        return -1;
    }
}
