package kexuereader.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A search as the indexes can answer it. The query is normalised and split at whitespace into terms that must
 * all occur (each as a substring of the title, an alias or the body). Terms of three or more characters go to
 * the trigram index; shorter ones of letters and digits to the bigram index; the rare short term with
 * punctuation is checked by scanning.
 *
 * @param terms      every term, normalised
 * @param trigram    the FTS5 MATCH expression for the trigram index, or null
 * @param bigram     the FTS5 MATCH expression for the bigram index, or null
 * @param scanTerms  terms only a scan can check
 */
record SearchQuery(List<String> terms, String trigram, String bigram, List<String> scanTerms) {

    static SearchQuery parse(String query) {
        List<String> terms = new ArrayList<>();
        // control characters separate words: a NUL would end FTS5's query string in the middle ("unterminated")
        for (String t : SearchText.normalize(query == null ? "" : query).split("[\\s\\u3000\\p{Cntrl}]+")) {
            if (!t.isEmpty() && !terms.contains(t)) {
                terms.add(t);
            }
        }
        List<String> tri = new ArrayList<>();
        List<String> bi = new ArrayList<>();
        List<String> scan = new ArrayList<>();
        for (String t : terms) {
            int length = t.codePointCount(0, t.length());
            if (length >= 3) {
                tri.add(quote(t));
            } else if (SearchText.tokenizable(t)) {
                bi.add(length == 1 ? quote(t) + "*" : quote(t));
            } else {
                scan.add(t);
            }
        }
        return new SearchQuery(List.copyOf(terms), tri.isEmpty() ? null : String.join(" AND ", tri),
                bi.isEmpty() ? null : String.join(" AND ", bi), List.copyOf(scan));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    private static String quote(String term) {
        return '"' + term.replace("\"", "\"\"") + '"';
    }
}
