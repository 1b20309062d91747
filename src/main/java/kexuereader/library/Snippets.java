package kexuereader.library;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kexuereader.ingest.TextKeys;

/**
 * Cuts the text around the first match of a search and marks every match in it with « and ».
 *
 * <p>A search cuts up to a couple of thousand snippets, so the scans here avoid the obvious costs: whitespace is
 * collapsed by one loop rather than a regular expression, and a case-insensitive search only tries
 * {@link String#regionMatches(boolean, int, String, int, int)} where the first character can match at all.
 */
final class Snippets {

    static final int CONTEXT = 28;

    /** Characters that equal a given one ignoring case, by first character of a term; bounded. */
    private static final Map<Character, char[]> FOLDS = new ConcurrentHashMap<>();
    private static final int MAX_FOLDS = 4096;

    private Snippets() {
    }

    /** A snippet of {@code text} (NFKC) around the first term found, or its start when none is found. */
    static String around(String text, List<String> terms) {
        return aroundNormalized(TextKeys.nfkc(text), terms);
    }

    /** As {@link #around}, for text that is already NFKC. */
    static String aroundNormalized(String nfkc, List<String> terms) {
        String t = collapseWhitespace(nfkc);
        int first = first(t, terms);
        boolean cutStart = false;
        boolean cutEnd = false;
        if (FormulaMarkers.mayHoldMath(t)) {
            int start = FormulaMarkers.regionStart(t, Math.max(0, first));
            int end = Math.min(t.length(), Math.max(0, first) + FormulaMarkers.REACH);
            cutStart = start > 0;
            cutEnd = end < t.length();
            t = FormulaMarkers.mask(t.substring(start, end), terms);
            first = first(t, terms);
        }
        int from = first < 0 ? 0 : Math.max(0, first - CONTEXT);
        int to = Math.min(t.length(), (first < 0 ? 0 : first) + CONTEXT * 3);
        from = safeBoundary(t, from);
        to = safeBoundary(t, to);
        StringBuilder sb = new StringBuilder();
        if (from > 0 || cutStart) {
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
        if (to < t.length() || cutEnd) {
            sb.append('…');
        }
        return sb.toString();
    }

    private static int first(String t, List<String> terms) {
        int first = -1;
        for (String term : terms) {
            int at = indexOfIgnoreCase(t, term, 0);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Whether the text contains the term, ignoring case (the text is NFKC-normalised first). */
    static boolean contains(String text, String term) {
        return indexOfIgnoreCase(TextKeys.nfkc(text), term, 0) >= 0;
    }

    /**
     * What {@code text.replaceAll("\\s+", " ").strip()} gives: every run of the regular expression's white space
     * (space, tab, line feed, vertical tab, form feed, carriage return) becomes one space, then the ends are
     * stripped.
     */
    static String collapseWhitespace(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !TextKeys.isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text.strip();
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (TextKeys.isRegexSpace(c)) {
                sb.append(' ');
                while (i < n && TextKeys.isRegexSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString().strip();
    }

    /**
     * The first index at or after {@code from} where {@code term} matches ignoring case, as
     * {@link String#regionMatches(boolean, int, String, int, int)} decides; -1 when none.
     */
    static int indexOfIgnoreCase(String text, String term, int from) {
        int max = text.length() - term.length();
        int start = Math.max(0, from);
        if (term.isEmpty() || Character.isSurrogate(term.charAt(0))) {
            for (int i = start; i <= max; i++) {
                if (text.regionMatches(true, i, term, 0, term.length())) {
                    return i;
                }
            }
            return -1;
        }
        char[] folds = folds(term.charAt(0));
        for (int i = start; i <= max; i++) {
            char c = text.charAt(i);
            // only where the first character can match (a surrogate is left to regionMatches to judge)
            if ((c == folds[0] || folds.length > 1 && contains(folds, c) || Character.isSurrogate(c))
                    && text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Every character that regionMatches(ignoreCase) takes for {@code c}, {@code c} first. */
    static char[] folds(char c) {
        char[] cached = FOLDS.get(c);
        if (cached != null) {
            return cached;
        }
        char upper = Character.toUpperCase(c);
        char lower = Character.toLowerCase(upper);
        StringBuilder sb = new StringBuilder().append(c);
        for (int x = 0; x <= Character.MAX_VALUE; x++) {
            char d = (char) x;
            if (d == c || Character.isSurrogate(d)) {
                continue;
            }
            char u = Character.toUpperCase(d);
            if (u == upper || Character.toLowerCase(u) == lower) {
                sb.append(d);
            }
        }
        char[] folds = sb.toString().toCharArray();
        if (FOLDS.size() < MAX_FOLDS) {
            FOLDS.put(c, folds);
        }
        return folds;
    }

    private static boolean contains(char[] chars, char c) {
        for (char x : chars) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    private static int safeBoundary(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }
}
