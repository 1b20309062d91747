package kexuereader.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds search terms in text the way search matched them (NFKC, Latin case folded) and cuts the text into
 * runs, marked or not.
 */
final class Highlighter {

    /** A run of text, to be marked when {@code hit}. */
    record Run(String text, boolean hit) {
    }

    private Highlighter() {
    }

    static List<Run> runs(String text, List<String> terms) {
        List<Run> runs = new ArrayList<>();
        if (terms.isEmpty() || text.isEmpty()) {
            runs.add(new Run(text, false));
            return runs;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // NFKC keeps the length of nearly all text; when it does not, match on the text as written
        boolean aligned = folded.length() == text.length();
        String haystack = aligned ? folded : text;
        int i = 0;
        while (i < text.length()) {
            int best = -1;
            int bestLength = 0;
            for (String term : terms) {
                if (term.isEmpty()) {
                    continue;
                }
                int at = aligned ? haystack.indexOf(term, i) : indexOfIgnoreCase(haystack, term, i);
                if (at >= 0 && (best < 0 || at < best || at == best && term.length() > bestLength)) {
                    best = at;
                    bestLength = term.length();
                }
            }
            if (best < 0) {
                runs.add(new Run(text.substring(i), false));
                break;
            }
            if (best > i) {
                runs.add(new Run(text.substring(i, best), false));
            }
            runs.add(new Run(text.substring(best, best + bestLength), true));
            i = best + bestLength;
        }
        return runs;
    }

    private static int indexOfIgnoreCase(String text, String term, int from) {
        for (int i = from; i <= text.length() - term.length(); i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }
}
