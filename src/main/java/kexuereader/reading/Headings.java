package kexuereader.reading;

import java.util.List;
import kexuereader.math.Paragraph;
import kexuereader.math.Segment;

/**
 * Tells a section heading from a paragraph. The dumps lose the blog's heading markup, but a heading survives as
 * a short line of plain text that is not a sentence: {@code 思想探讨}, {@code Softmax回顾}, {@code ODE扩散}.
 */
final class Headings {

    /** The blog's section headings are short; longer lines are paragraphs. */
    static final int MAX_LENGTH = 24;

    private Headings() {
    }

    static boolean isHeading(Paragraph p) {
        List<Segment> segments = p.segments();
        if (segments.size() != 1 || !(segments.get(0) instanceof Segment.Text t)) {
            return false;
        }
        String s = t.text().strip();
        int length = s.codePointCount(0, s.length());
        if (length == 0 || length > MAX_LENGTH || s.contains("\n")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("。,，;；:：!！?？、…《》“”\"".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
