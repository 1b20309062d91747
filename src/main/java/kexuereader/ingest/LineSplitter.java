package kexuereader.ingest;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Diagnostic;

/**
 * Splits decoded text into {@link Line}s on LF, CRLF or CR. A line too long to be anything a page shows (a
 * dump glued into one line, a binary blob) is left out with a warning naming it.
 */
final class LineSplitter {

    /** No title or paragraph of the blog comes near this; a longer line is damage. */
    static final int MAX_LINE = 200_000;

    /**
     * A page dump has a few thousand lines; this many would take gigabytes as {@link Line}s (a 64 MB file of line
     * breaks ran out of memory), so such a file is refused before it is split.
     */
    static final int MAX_LINES = 1_000_000;

    private LineSplitter() {
    }

    /** How many lines {@link #split} would make: line breaks (LF, CRLF or CR) plus one. */
    static long count(String text) {
        long lines = 1;
        if (text.indexOf('\r') < 0) {
            // LF only, as most dumps: indexOf is vectorised, a loop over charAt is not
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                lines++;
            }
            return lines;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    static List<Line> split(String text, List<Diagnostic> diagnostics) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        boolean lfOnly = text.indexOf('\r') < 0;
        while (start <= n) {
            int end;
            if (lfOnly) {
                end = text.indexOf('\n', start);
                end = end < 0 ? n : end;
            } else {
                end = start;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
            }
            int length = end - start;
            if (length > MAX_LINE) {
                diagnostics.add(Diagnostic.warning(number, "line.tooLong", String.format("%,d", length)));
                lines.add(new Line(number, "", ""));
            } else {
                lines.add(Line.of(number, text.substring(start, end)));
            }
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            number++;
        }
        return lines;
    }
}
