package kexuereader.reading;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the page needs to know beyond the article itself, supplied by whoever shows it (the window, an export).
 *
 * @param series       the article's place in its series, or null
 * @param titles       finds the id of an article by a title cited as 《title》; empty when not in the library
 * @param referencedBy articles that cite this one
 * @param highlight    search terms to mark in the text (normalised, lower case), or empty
 */
public record PageContext(SeriesPosition series, Function<String, Optional<String>> titles,
                          List<ArticleLink> referencedBy, List<String> highlight) {

    public PageContext {
        referencedBy = List.copyOf(referencedBy);
        highlight = List.copyOf(highlight);
    }

    /** A context with nothing around the article: no series, no links, no highlights. */
    public static PageContext standalone() {
        return new PageContext(null, t -> Optional.empty(), List.of(), List.of());
    }
}
