package kexuereader.ui;

import java.util.List;
import java.util.Optional;
import kexuereader.library.Library;
import kexuereader.library.SeriesOverview;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.model.ArticleSummary;
import kexuereader.reading.ArticleLink;
import kexuereader.reading.ArticlePage;
import kexuereader.reading.PageContext;
import kexuereader.reading.SeriesPosition;

/**
 * Builds the reading pane's page for an article, with what the library knows around it: its place in its
 * series, the articles its 《…》 citations name, and the search terms to mark. Safe to call off the FX thread.
 */
final class ReaderPages {

    private final Library library;
    private final ArticlePage page;

    ReaderPages(Library library, MathEngine engine) {
        this.library = library;
        this.page = new ArticlePage(engine);
    }

    /** A built page and the article's neighbours in its series (for [ and ]). */
    record Built(Article article, String html, SeriesPosition series) {
    }

    Optional<Built> build(String id, List<String> highlight) {
        Optional<Article> found = library.article(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        SeriesPosition series = seriesPosition(article);
        PageContext context = new PageContext(series, library::idForTitle, List.of(), highlight);
        return Optional.of(new Built(article, page.html(article, context), series));
    }

    SeriesPosition seriesPosition(Article article) {
        if (article.series() == null) {
            return null;
        }
        List<ArticleSummary> members = library.seriesOverview(article.series().series()).articles();
        int at = -1;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(article.id())) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        return new SeriesPosition(article.series().series(), article.series().partLabel(), at + 1, members.size(),
                at > 0 ? link(members.get(at - 1)) : null,
                at + 1 < members.size() ? link(members.get(at + 1)) : null);
    }

    private static ArticleLink link(ArticleSummary s) {
        return new ArticleLink(s.id(), s.displayTitle());
    }
}
