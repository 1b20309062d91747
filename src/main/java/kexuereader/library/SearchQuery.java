package kexuereader.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A search as the index can answer it. The query is normalised and split at whitespace into terms that must
 * all occur (each as a substring of the title, an alias or the body). Each run of letters and digits of a term
 * is asked of the bigram index: one character as a prefix, more as the phrase of its bigrams. A term that is
 * more than one run ({@code rope-2d}, {@code f(x)}) is then checked in the text as written, and one without
 * letters or digits only so.
 *
 * @param terms      every term, normalised
 * @param bigram     the FTS5 MATCH expression for the bigram index, or null
 * @param scanTerms  terms the index only narrows down (or cannot find): checked in the text
 */
record SearchQuery(List<String> terms, String bigram, List<String> scanTerms) {

    static SearchQuery parse(String query) {
        List<String> terms = new ArrayList<>();
        // control characters separate words: a NUL would end FTS5's query string in the middle ("unterminated")
        for (String t : SearchText.normalize(query == null ? "" : query).split("[\\s\\u3000\\p{Cntrl}]+")) {
            if (!t.isEmpty() && !terms.contains(t)) {
                terms.add(t);
            }
        }
        List<String> bi = new ArrayList<>();
        List<String> scan = new ArrayList<>();
        for (String t : terms) {
            List<String> runs = SearchText.runs(t);
            for (String run : runs) {
                String ask = run.codePointCount(0, run.length()) == 1 ? quote(run) + "*" : quote(SearchText.phrase(run));
                if (!bi.contains(ask)) {
                    bi.add(ask);
                }
            }
            if (runs.size() != 1 || !runs.get(0).equals(t)) {
                scan.add(t);
            }
        }
        return new SearchQuery(List.copyOf(terms), bi.isEmpty() ? null : String.join(" AND ", bi),
                List.copyOf(scan));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    private static String quote(String term) {
        return '"' + term.replace("\"", "\"\"") + '"';
    }
}
