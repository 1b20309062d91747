package kexuereader.math.tex;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article body into paragraphs at blank lines. Math never spans paragraphs: on the blog each paragraph
 * is its own HTML element, so MathJax never paired a {@code $} across one.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<String> split(String body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = body.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int contentEnd = lineEnd > lineStart && body.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (isBlank(body, lineStart, contentEnd)) {
                flush(current, paragraphs);
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(body, lineStart, contentEnd);
            }
            lineStart = lineEnd + 1;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
