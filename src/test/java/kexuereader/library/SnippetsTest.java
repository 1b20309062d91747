package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import kexuereader.ingest.TextKeys;
import org.junit.jupiter.api.Test;

/** The fast snippet scans give exactly what the plain ones (kept here as the reference) give. */
class SnippetsTest {

    private static final String ALPHABET = "aAbBkKrRoOpPeEİıiIſsSßẞΣσςΩωΩ扩散模型采样 \t\n\r\u000b\f\u3000\u00a0«»…😀Kµμ"
            + "ǅǆǄ";

    @Test
    void indexOfIgnoreCaseAgreesWithRegionMatches() {
        Random rnd = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String text = random(rnd, rnd.nextInt(40));
            String term = random(rnd, 1 + rnd.nextInt(3));
            int from = rnd.nextInt(5) - 1;
            assertEquals(reference(text, term, from), Snippets.indexOfIgnoreCase(text, term, from),
                    () -> "'" + text + "' '" + term + "' from " + from);
        }
    }

    @Test
    void snippetsAgreeWithThePlainImplementation() {
        Random rnd = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            String text = random(rnd, rnd.nextInt(300));
            List<String> terms = List.of(SearchText.normalize(random(rnd, 1 + rnd.nextInt(2))),
                    SearchText.normalize(random(rnd, 1 + rnd.nextInt(4))));
            assertEquals(referenceAround(text, terms), Snippets.around(text, terms), () -> text + " " + terms);
        }
    }

    @Test
    void whitespaceCollapsesLikeTheRegularExpression() {
        Random rnd = new Random(3);
        for (int n = 0; n < 5_000; n++) {
            String text = random(rnd, rnd.nextInt(30));
            assertEquals(text.replaceAll("\\s+", " ").strip(), Snippets.collapseWhitespace(text));
        }
    }

    private static String random(Random rnd, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int at = rnd.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(at);
            if (Character.isHighSurrogate(c) && at + 1 < ALPHABET.length()) {
                sb.append(c).append(ALPHABET.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // --- the plain implementation the fast one replaced ------------------------------------------------------

    private static int reference(String text, String term, int from) {
        int max = text.length() - term.length();
        for (int i = Math.max(0, from); i <= max; i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String referenceAround(String text, List<String> terms) {
        String t = TextKeys.nfkc(text).replaceAll("\\s+", " ").strip();
        int first = -1;
        for (String term : terms) {
            int at = reference(t, term, 0);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - Snippets.CONTEXT);
        int to = Math.min(t.length(), (first < 0 ? 0 : first) + Snippets.CONTEXT * 3);
        from = from > 0 && from < t.length() && Character.isLowSurrogate(t.charAt(from)) ? from - 1 : from;
        to = to > 0 && to < t.length() && Character.isLowSurrogate(t.charAt(to)) ? to - 1 : to;
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        int i = from;
        while (i < to) {
            int hit = -1;
            String hitTerm = null;
            for (String term : terms) {
                int at = reference(t, term, i);
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
}
