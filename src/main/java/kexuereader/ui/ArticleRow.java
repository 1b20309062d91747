package kexuereader.ui;

import kexuereader.model.ArticleSummary;

/**
 * A row of the article list: the article, and when the list shows search hits, the snippet around the match.
 *
 * @param article the article
 * @param snippet the text around the first match with matches between « and », empty while it is being read,
 *                or null outside a search
 */
record ArticleRow(ArticleSummary article, String snippet) {

    String id() {
        return article.id();
    }
}
