package kexuereader.ingest;

import java.util.List;

/**
 * A title made from an untitled excerpt's first sentence, for display only (the UI marks it as derived).
 * Section headings at the start of an excerpt are skipped: they say little about the article.
 */
public final class DerivedTitle {

    /** Longest derived title, in characters, before the ellipsis. */
    static final int MAX = 36;

    private DerivedTitle() {
    }

    /** The derived title, or {@code "(untitled)"} for an empty body. */
    public static String from(List<String> paragraphs) {
        String first = null;
        for (String p : paragraphs) {
            String s = TextKeys.strip(p);
            if (s.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = s;
            }
            if (!TitleShape.looksLikeHeading(s)) {
                first = s;
                break;
            }
        }
        if (first == null) {
            return "(untitled)";
        }
        String line = first.lines().findFirst().orElse(first);
        int end = sentenceEnd(line);
        String sentence = line.substring(0, end);
        if (sentence.codePointCount(0, sentence.length()) <= MAX) {
            return sentence;
        }
        int cut = sentence.offsetByCodePoints(0, MAX);
        int open = openBracketBefore(sentence, cut);
        if (open >= 0) {
            // never cut a cited title 《…》 or an aside (…) in half: keep a citation whole if it ends soon,
            // otherwise stop before the bracket
            int close = sentence.charAt(open) == '《' ? sentence.indexOf('》', cut) : -1;
            cut = close >= 0 && close - open <= MAX ? close + 1 : open;
        } else {
            int clause = lastClauseBreak(sentence, cut);
            if (clause >= 12) {
                cut = clause;
            }
        }
        if (cut < 6) {
            cut = sentence.offsetByCodePoints(0, MAX);
        }
        if (cut >= sentence.length()) {
            return sentence;
        }
        return TextKeys.strip(sentence.substring(0, cut)) + "…";
    }

    /** The position of the outermost 《 or ( before {@code cut} that is not closed before it, or -1. */
    private static int openBracketBefore(String s, int cut) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < cut; i++) {
            char c = s.charAt(i);
            if (c == '《' || c == '(' || c == '\uFF08') {
                open.push(i);
            } else if ((c == '》' || c == ')' || c == '\uFF09') && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("。!?;\uFF01\uFF1F\uFF1B".indexOf(c) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static int lastClauseBreak(String s, int before) {
        int depth = 0;
        for (int i = before - 1; i > 0; i--) {
            char c = s.charAt(i);
            if (c == '》' || c == ')' || c == '\uFF09') {
                depth++;
            } else if (c == '《' || c == '(' || c == '\uFF08') {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0) {
                continue;
            }
            if (",:、\uFF0C\uFF1A".indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
