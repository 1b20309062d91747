package kexuereader.reading;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kexuereader.model.ArticleSummary;

/**
 * What a page needs to know of the library around an article. The window and the command line each adapt the
 * library to it, so the page logic (series position, links, backlinks) lives here once.
 */
public interface ArticleNeighbours {

    /** The id of the article published under this title or alias, if the library holds it. */
    Optional<String> idForTitle(String title);

    /** The articles of a series in the library, in part order. */
    List<SeriesPosition.Member> seriesMembers(String series);

    /** The articles that cite the given one as 《title》. */
    List<ArticleLink> citing(String id);

    /**
     * Neighbours from three look-ups of the library: a title to an id, a series to its articles in part order,
     * an article id to the articles citing it.
     */
    static ArticleNeighbours of(Function<String, Optional<String>> idForTitle,
                                Function<String, List<ArticleSummary>> seriesArticles,
                                Function<String, List<ArticleSummary>> citingArticles) {
        return new ArticleNeighbours() {
            @Override
            public Optional<String> idForTitle(String title) {
                return idForTitle.apply(title);
            }

            @Override
            public List<SeriesPosition.Member> seriesMembers(String series) {
                return seriesArticles.apply(series).stream().map(a -> new SeriesPosition.Member(link(a),
                        a.series() == null ? "" : a.series().partLabel())).toList();
            }

            @Override
            public List<ArticleLink> citing(String id) {
                return citingArticles.apply(id).stream().map(ArticleNeighbours::link).toList();
            }
        };
    }

    /** A link to a listed article. */
    static ArticleLink link(ArticleSummary a) {
        return new ArticleLink(a.id(), a.displayTitle());
    }

    /** The context of an article's page: its series position, links and backlinks, the terms to mark. */
    default PageContext contextFor(kexuereader.model.Article article, List<String> highlight) {
        return new PageContext(seriesPosition(article), this::idForTitle, citing(article.id()), highlight);
    }

    /** Where the article stands in its series, or null. */
    default SeriesPosition seriesPosition(kexuereader.model.Article article) {
        if (article.series() == null) {
            return null;
        }
        List<SeriesPosition.Member> members = seriesMembers(article.series().series());
        int at = -1;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).link().id().equals(article.id())) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        return new SeriesPosition(article.series().series(), article.series().partLabel(), at + 1, members.size(),
                at > 0 ? members.get(at - 1).link() : null,
                at + 1 < members.size() ? members.get(at + 1).link() : null, members);
    }
}
