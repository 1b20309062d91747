package kexuereader.reading;

/**
 * Text as a string literal of the page's script, for the calls the window makes into the page: quotes,
 * backslashes, line ends and {@code <} escaped, so no text can end the literal or a script element. The literal
 * is also a JSON string.
 */
public final class ScriptText {

    private ScriptText() {
    }

    /** {@code s} as a double-quoted literal. */
    public static String literal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        append(out, s);
        return out.toString();
    }

    /** Appends {@code s} as a double-quoted literal. */
    static void append(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
