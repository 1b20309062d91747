package kexuereader.ingest;

/**
 * Tells titles, section headings and paragraphs apart by their shape. The archive page puts a title above some
 * excerpts and not others, and an excerpt may itself open with a section heading such as {@code 前言}.
 */
final class TitleShape {

    /** Longest line still taken for a title. */
    static final int MAX_TITLE = 100;
    /** Section headings of the blog are short: {@code 思想探讨}, {@code 基本框架}, {@code Softmax回顾}. */
    static final int MAX_HEADING = 10;

    private TitleShape() {
    }

    /** A single line that can be a title: short, not a sentence, no formula. */
    static boolean couldBeTitle(String line) {
        String n = TextKeys.strip(TextKeys.nfkc(line));
        int length = n.codePointCount(0, n.length());
        if (length == 0 || length > MAX_TITLE || n.contains("\n")) {
            return false;
        }
        if (n.contains("。") || n.contains("$") || n.contains("\\begin") || n.contains("\\(")
                || n.contains("\\[")) {
            return false;
        }
        char last = n.charAt(n.length() - 1);
        return last != ':' && last != ',' && last != ';' && last != '、';
    }

    /** A line shaped like a section heading rather than a title: very short, with nothing a title carries. */
    static boolean looksLikeHeading(String line) {
        String n = TextKeys.strip(TextKeys.nfkc(line));
        int length = n.codePointCount(0, n.length());
        if (length > MAX_HEADING) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (":(《“”、?!·=≤≥+-|".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
