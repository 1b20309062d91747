package kexuereader.library;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formulas in a search snippet become a short marker ({@code 〔公式〕}): a chunk of raw LaTeX tells a reader
 * nothing at a glance. A formula that holds a term of the query stays as written — it is what matched.
 */
final class FormulaMarkers {

    static final String MARKER = "〔公式〕";

    /** Text a snippet is cut from is looked at this far around its first match, not as a whole. */
    static final int REACH = 800;

    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\begin\\{([A-Za-z*]+)\\}");

    private FormulaMarkers() {
    }

    /** Whether the text may hold a formula at all: most bodies are scanned no further. */
    static boolean mayHoldMath(String text) {
        return text.indexOf('$') >= 0 || text.contains("\\begin{");
    }

    /** Where to start looking around {@code at} so as not to start inside an inline formula. */
    static int regionStart(String t, int at) {
        int start = Math.max(0, at - REACH);
        int dollars = 0;
        for (int i = 0; i < start; i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                dollars++;
            }
        }
        if (dollars % 2 == 1) {
            int back = t.lastIndexOf('$', start);
            start = back < 0 ? 0 : back;
        }
        return start;
    }

    /** The text with every formula that holds no term replaced by {@link #MARKER}. */
    static String mask(String s, List<String> terms) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int end = -1;
            if (c == '\\' && s.startsWith("\\begin{", i)) {
                Matcher m = ENVIRONMENT.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    String close = "\\end{" + m.group(1) + "}";
                    int e = s.indexOf(close, m.end());
                    end = e < 0 ? -1 : e + close.length();
                }
            } else if (c == '\\' && i + 1 < n) {
                // an escaped dollar is a literal one: a reader of the snippet sees "$5", not "\$5"
                sb.append(s.charAt(i + 1) == '$' ? "$" : s.substring(i, i + 2));
                i += 2;
                continue;
            } else if (c == '$') {
                boolean display = i + 1 < n && s.charAt(i + 1) == '$';
                int e = display ? s.indexOf("$$", i + 2) : closing(s, i + 1);
                end = e < 0 ? -1 : e + (display ? 2 : 1);
            }
            if (end > i) {
                String formula = s.substring(i, end);
                sb.append(holdsTerm(formula, terms) ? formula : MARKER);
                i = end;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static int closing(String s, int from) {
        for (int i = from; i < s.length() && i < from + 2_000; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    private static boolean holdsTerm(String formula, List<String> terms) {
        for (String t : terms) {
            if (Snippets.indexOfIgnoreCase(formula, t, 0) >= 0) {
                return true;
            }
        }
        return false;
    }
}
