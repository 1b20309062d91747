package kexuereader.math.tex;

/**
 * Small forward scanners over LaTeX source shared by the rewrites, the macro code and the numbering.
 * All of them walk left to right without recursion, so no input can make them overflow the stack.
 */
public final class Tex {

    /** Returned by the scanners when what was looked for is not there. */
    public static final int NONE = -1;

    private Tex() {
    }

    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * End (exclusive) of the control sequence starting at the backslash at {@code i}: a run of letters, or one
     * other character. A lone trailing backslash ends at {@code i + 1}.
     */
    public static int controlSequenceEnd(CharSequence s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j >= n) {
            return n;
        }
        if (!isLetter(s.charAt(j))) {
            return j + 1;
        }
        while (j < n && isLetter(s.charAt(j))) {
            j++;
        }
        return j;
    }

    public static int skipSpaces(CharSequence s, int i) {
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * End of one unbraced macro argument starting at {@code i}: a control sequence or one character.
     * {@link #NONE} at the end of input or at a brace: groups are looked up in a {@link TexIndex}, which finds
     * them without rescanning.
     */
    public static int argumentEnd(CharSequence s, int i) {
        int n = s.length();
        if (i >= n) {
            return NONE;
        }
        char c = s.charAt(i);
        if (c == '{' || c == '}') {
            return NONE;
        }
        if (c == '\\') {
            return controlSequenceEnd(s, i);
        }
        return i + Character.charCount(Character.codePointAt(s, i));
    }

    /**
     * Just past the brace closing the group opened at {@code open} (escaped braces skipped), or {@link #NONE}
     * if it does not close before {@code n}.
     */
    public static int groupEnd(CharSequence s, int open, int n) {
        int depth = 0;
        for (int j = open; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j + 1;
            }
        }
        return NONE;
    }

    /** The text of an argument: a group without its braces, else the token itself. */
    public static String argumentText(CharSequence s, int start, int end) {
        if (s.charAt(start) == '{') {
            return s.subSequence(start + 1, end - 1).toString();
        }
        return s.subSequence(start, end).toString();
    }


    /**
     * The index of the {@code '}'} ending a short name that starts at {@code from} (an environment name, a
     * label), looking at most {@code max} characters ahead; {@link #NONE} if there is none or the name holds a
     * brace or backslash. Bounded so that many unclosed names cannot make a pass quadratic.
     */
    public static int nameClose(CharSequence s, int from, int max) {
        int limit = Math.min(s.length(), from + max + 1);
        for (int j = from; j < limit; j++) {
            char c = s.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{' || c == '\\') {
                return NONE;
            }
        }
        return NONE;
    }
}
