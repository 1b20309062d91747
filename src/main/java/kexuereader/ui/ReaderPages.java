package kexuereader.ui;

import java.util.List;
import java.util.Optional;
import kexuereader.library.Library;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.reading.ArticleNeighbours;
import kexuereader.reading.ArticlePage;
import kexuereader.reading.DeferredFormulas;
import kexuereader.reading.SeriesPosition;

/**
 * Builds the reading pane's page for an article, with what the library knows around it: its place in its
 * series, the articles its 《…》 citations name and those that cite it, and the search terms to mark. Safe to
 * call off the FX thread.
 */
final class ReaderPages {

    private final Library library;
    private final ArticlePage page;
    private final ArticleNeighbours neighbours;

    ReaderPages(Library library, MathEngine engine) {
        this.library = library;
        this.page = ArticlePage.forReader(engine, kexuereader.reading.PageText.of(Messages.locale()));
        this.neighbours = neighbours(library);
    }

    /** The library as the page builder sees it. */
    static ArticleNeighbours neighbours(Library library) {
        return ArticleNeighbours.of(library::idForTitle, name -> library.seriesOverview(name).articles(),
                library::referencedBy);
    }

    /** Formulas rendered with the page's first screen; the others follow it, {@link #FILL_BATCH} at a time. */
    static final int EAGER_FORMULAS = Integer.getInteger("kexuereader.page.eager", 60);
    static final int FILL_BATCH = 400;

    /**
     * A built page, the formulas still to put into it once it shows ({@code rest}, none left for most articles)
     * and the article's neighbours in its series (for [ and ]).
     */
    record Built(Article article, String html, DeferredFormulas rest, SeriesPosition series) {
    }

    /** The page of an article, its formulas first rendered where it opens: at a search match, or {@code position}. */
    Optional<Built> build(String id, List<String> highlight, String position) {
        Optional<Article> found = library.article(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        var context = neighbours.contextFor(article, highlight);
        ArticlePage.Progressive p = page.progressive(article, context, EAGER_FORMULAS, position);
        return Optional.of(new Built(article, p.html(), p.rest(), context.series()));
    }
}
