package kexuereader.library;

import java.util.List;
import kexuereader.ingest.TextKeys;

/**
 * Cuts the text around the first match of a search and marks every match in it with « and ».
 */
final class Snippets {

    static final int CONTEXT = 28;

    private Snippets() {
    }

    /** A snippet of {@code text} (NFKC) around the first term found, or its start when none is found. */
    static String around(String text, List<String> terms) {
        String t = TextKeys.nfkc(text).replaceAll("\\s+", " ").strip();
        int first = -1;
        for (String term : terms) {
            int at = indexOfIgnoreCase(t, term, 0);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - CONTEXT);
        int to = Math.min(t.length(), (first < 0 ? 0 : first) + CONTEXT * 3);
        from = safeBoundary(t, from);
        to = safeBoundary(t, to);
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        int i = from;
        while (i < to) {
            int hit = -1;
            String hitTerm = null;
            for (String term : terms) {
                int at = indexOfIgnoreCase(t, term, i);
                if (at >= 0 && at < to && (hit < 0 || at < hit)) {
                    hit = at;
                    hitTerm = term;
                }
            }
            if (hit < 0) {
                sb.append(t, i, to);
                break;
            }
            int end = Math.min(t.length(), hit + hitTerm.length());
            sb.append(t, i, hit).append(SearchHit.MARK_OPEN).append(t, hit, end).append(SearchHit.MARK_CLOSE);
            i = end;
        }
        if (to < t.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** Whether the text contains the term, ignoring case (the text is NFKC-normalised first). */
    static boolean contains(String text, String term) {
        return indexOfIgnoreCase(TextKeys.nfkc(text), term, 0) >= 0;
    }

    static int indexOfIgnoreCase(String text, String term, int from) {
        int max = text.length() - term.length();
        for (int i = Math.max(0, from); i <= max; i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int safeBoundary(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }
}
