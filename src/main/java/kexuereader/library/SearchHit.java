package kexuereader.library;

import java.util.List;
import kexuereader.model.ArticleSummary;

/**
 * One article a search found.
 *
 * @param article what a list shows of it
 * @param snippet the text around the first match, matches between « and »; null from {@link Library#hits}
 * @param terms   the normalised query terms, for highlighting the matches elsewhere
 * @param rank    bm25 rank: lower is better
 */
public record SearchHit(ArticleSummary article, String snippet, List<String> terms, double rank) {

    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";

    public SearchHit {
        terms = List.copyOf(terms);
    }

    public String id() {
        return article.id();
    }
}
