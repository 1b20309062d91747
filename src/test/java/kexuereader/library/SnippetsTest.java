package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import kexuereader.ingest.TextKeys;
import org.junit.jupiter.api.Test;

/** The fast snippet scans: what they find agrees with a plain scan, and a snippet is what it promises. */
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
    void aSnippetIsAWindowOfTheTextAroundTheFirstMatchWithEveryMatchMarked() {
        Random rnd = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            // no « » … in the text here: they are the snippet's own marks
            String text = random(rnd, rnd.nextInt(300)).replaceAll("[«»…]", "");
            List<String> terms = List.of(SearchText.normalize(random(rnd, 1 + rnd.nextInt(2))),
                    SearchText.normalize(random(rnd, 1 + rnd.nextInt(4))));
            String snippet = Snippets.around(text, terms);
            String t = TextKeys.nfkc(text).replaceAll("\\s+", " ").strip();
            String why = text + " " + terms + " -> " + snippet;
            boolean cutBefore = snippet.startsWith("…");
            boolean cutAfter = snippet.endsWith("…") && snippet.length() > (cutBefore ? 1 : 0);
            String inner = snippet.substring(cutBefore ? 1 : 0, snippet.length() - (cutAfter ? 1 : 0));
            String window = inner.replace(SearchHit.MARK_OPEN, "").replace(SearchHit.MARK_CLOSE, "");
            int from = t.indexOf(window);
            assertTrue(from >= 0, "a piece of the text as it is: " + why);
            assertEquals(cutBefore, from > 0, "… before exactly when the text goes on before: " + why);
            assertEquals(cutAfter, from + window.length() < t.length(), "… after likewise: " + why);
            assertTrue(window.length() <= Snippets.CONTEXT * 4 + 1, "a bounded window (context before, three times after): " + why);
            int first = -1;
            for (String term : terms) {
                int at = reference(t, term, 0);
                first = at >= 0 && (first < 0 || at < first) ? at : first;
            }
            if (first >= 0) {
                assertTrue(inner.contains(SearchHit.MARK_OPEN), "the first match is in the window, marked: " + why);
            }
            java.util.regex.Matcher marked = java.util.regex.Pattern.compile("«([^«»]*)»").matcher(inner);
            while (marked.find()) {
                String m = marked.group(1);
                assertTrue(terms.stream().anyMatch(term -> m.equalsIgnoreCase(term)
                        || reference(m, term, 0) == 0 && m.length() == term.length()),
                        "only terms are marked: '" + m + "' in " + why);
            }
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

    // --- a plain case-insensitive scan, the reference for the fast one --------------------------------------

    private static int reference(String text, String term, int from) {
        int max = text.length() - term.length();
        for (int i = Math.max(0, from); i <= max; i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }
}
