package kexuereader.ingest;

/**
 * Tracks whether display math opened on one line is still open, so a {@code \begin{align}} spanning lines
 * stays one paragraph instead of being cut at every line.
 */
final class MathBalance {

    /** Display math never runs longer than this; past it a stray {@code \begin} must not swallow the page. */
    static final int MAX_OPEN_LINES = 80;

    private int depth;
    private boolean inDoubleDollar;
    private int openLines;

    /** Feeds the next line; returns whether display math is still open after it. */
    boolean feed(String line) {
        int n = line.length();
        // only a backslash or a dollar can change anything: jump from one to the next (indexOf is vectorised)
        int nextBackslash = line.indexOf('\\');
        int nextDollar = line.indexOf('$');
        for (int i = 0; i < n; i++) {
            if (nextBackslash >= 0 && nextBackslash < i) {
                nextBackslash = line.indexOf('\\', i);
            }
            if (nextDollar >= 0 && nextDollar < i) {
                nextDollar = line.indexOf('$', i);
            }
            if (nextBackslash < 0 && nextDollar < 0) {
                break;
            }
            i = nextBackslash < 0 ? nextDollar : nextDollar < 0 ? nextBackslash : Math.min(nextBackslash, nextDollar);
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = line.charAt(i + 1);
                if (line.startsWith("begin{", i + 1)) {
                    depth++;
                    i += 6;
                } else if (line.startsWith("end{", i + 1)) {
                    depth = Math.max(0, depth - 1);
                    i += 4;
                } else if (next == '[') {
                    depth++;
                    i++;
                } else if (next == ']') {
                    depth = Math.max(0, depth - 1);
                    i++;
                } else {
                    i++; // an escaped character, e.g. \$
                }
            } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '$') {
                inDoubleDollar = !inDoubleDollar;
                i++;
            }
        }
        if (isOpen()) {
            openLines++;
            if (openLines > MAX_OPEN_LINES) {
                reset();
            }
        } else {
            openLines = 0;
        }
        return isOpen();
    }

    boolean isOpen() {
        return depth > 0 || inDoubleDollar;
    }

    void reset() {
        depth = 0;
        inDoubleDollar = false;
        openLines = 0;
    }
}
