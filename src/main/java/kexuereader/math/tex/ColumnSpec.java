package kexuereader.math.tex;

/**
 * Counts the columns an {@code array}/{@code tabular} column spec makes with its repeats expanded
 * ({@code *{3}{c|}} is three), without expanding them: JLaTeXMath expands {@code *{2147483647}{c}} literally,
 * which never ends. One pass over the spec, no recursion; counts saturate at a cap.
 */
public final class ColumnSpec {

    /** Returned when the spec does not close within the characters allowed. */
    public static final long UNCLOSED = -1;

    private static final int MAX_GROUPS = 64;

    private ColumnSpec() {
    }

    /**
     * The columns of the spec whose {@code '{'} is at {@code open}, at most {@code cap}; {@link #UNCLOSED} when
     * its {@code '}'} is not within {@code maxChars}.
     */
    public static long columns(CharSequence s, int open, int maxChars, long cap) {
        int n = Math.min(s.length(), open + maxChars);
        long[] count = new long[MAX_GROUPS + 1];
        long[] times = new long[MAX_GROUPS + 1];
        int top = 0;
        times[0] = 1;
        int i = open + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (top == 0) {
                    return Math.min(count[0], cap);
                }
                long group = product(count[top], times[top], cap);
                top--;
                count[top] = Math.min(cap, count[top] + group);
                i++;
            } else if (c == '{' || c == '*') {
                long repeat = 1;
                if (c == '*') {
                    int a = Tex.skipSpaces(s, i + 1);
                    int end = argument(s, a, n);
                    if (end < 0) {
                        return UNCLOSED;
                    }
                    repeat = number(s, a, end, cap);
                    i = Tex.skipSpaces(s, end);
                    if (i >= n) {
                        return UNCLOSED;
                    }
                    if (s.charAt(i) != '{') {
                        // *{n}c: one token repeated
                        int tokenEnd = argument(s, i, n);
                        if (tokenEnd < 0) {
                            return UNCLOSED;
                        }
                        count[top] = Math.min(cap, count[top] + product(Tex.isLetter(s.charAt(i)) ? 1 : 0, repeat, cap));
                        i = tokenEnd;
                        continue;
                    }
                }
                if (top == MAX_GROUPS) {
                    return cap;
                }
                top++;
                count[top] = 0;
                times[top] = repeat;
                i++;
            } else if (c == '@' || c == '!' || c == '<' || c == '>') {
                i = skip(s, i + 1, n);
            } else if (c == 'p' || c == 'm' || c == 'b') {
                count[top] = Math.min(cap, count[top] + 1);
                i = skip(s, i + 1, n);
            } else if (c == '\\') {
                i = Tex.controlSequenceEnd(s, i);
            } else {
                if (Tex.isLetter(c)) {
                    count[top] = Math.min(cap, count[top] + 1);
                }
                i++;
            }
            if (i < 0) {
                return UNCLOSED;
            }
        }
        return UNCLOSED;
    }

    private static long product(long a, long b, long cap) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > cap / b ? cap : Math.min(cap, a * b);
    }

    /** The repeat count of {@code *{n}}: its digits, saturated; 0 when it is not a number. */
    private static long number(CharSequence s, int start, int end, long cap) {
        long v = 0;
        boolean digits = false;
        for (int j = start; j < end; j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                v = Math.min(cap, v * 10 + (c - '0'));
                digits = true;
            } else if (c != '{' && c != '}' && !Character.isWhitespace(c)) {
                return 0;
            }
        }
        return digits ? v : 0;
    }

    /** The end of the spec argument at {@code i} (a balanced group or one token), or -1 if not within {@code n}. */
    private static int argument(CharSequence s, int i, int n) {
        if (i >= n) {
            return -1;
        }
        if (s.charAt(i) != '{') {
            int end = Tex.argumentEnd(s, i);
            return end < 0 || end > n ? -1 : end;
        }
        return Tex.groupEnd(s, i, n);
    }

    private static int skip(CharSequence s, int i, int n) {
        return argument(s, Tex.skipSpaces(s, i), n);
    }
}
