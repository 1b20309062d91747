package kexuereader.reading;

import java.util.List;

/**
 * Where the article stands in its series, as the library knows it.
 *
 * @param name      the series name
 * @param partLabel the article's part ({@code 23}, {@code 25上}), or empty when unnumbered
 * @param index     1-based position among the series' articles in the library
 * @param count     how many of the series' articles the library holds
 * @param previous  the article before it in the series, or null
 * @param next      the article after it, or null
 * @param members   every article of the series in the library, in order, this one included
 */
public record SeriesPosition(String name, String partLabel, int index, int count, ArticleLink previous,
                             ArticleLink next, List<Member> members) {

    public SeriesPosition {
        members = List.copyOf(members);
    }

    /**
     * One article of the series.
     *
     * @param link      the article
     * @param partLabel its part, or empty
     */
    public record Member(ArticleLink link, String partLabel) {
    }
}
