package kexuereader.model;

/**
 * What a list of articles shows for one article, without its body.
 *
 * @param id           the article's id
 * @param displayTitle its title, or one derived from the body
 * @param titleDerived whether {@code displayTitle} was derived
 * @param date         its date (year possibly unknown)
 * @param readers      the highest reader count seen, or null
 * @param series       its series and part, or null
 * @param read         whether the user has read it
 * @param starred      whether the user has starred it
 * @param indexOnly    whether the library holds no text of it (a post known from the archive index only)
 */
public record ArticleSummary(String id, String displayTitle, boolean titleDerived, PublishDate date,
                             Integer readers, SeriesPart series, boolean read, boolean starred, boolean indexOnly) {

    /** The same row with the reader's state changed; everything else, index-only included, stays. */
    public ArticleSummary withState(boolean read, boolean starred) {
        return new ArticleSummary(id, displayTitle, titleDerived, date, readers, series, read, starred, indexOnly);
    }
}
