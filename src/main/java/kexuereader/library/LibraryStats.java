package kexuereader.library;

import java.util.List;
import kexuereader.model.ArticleSummary;

/**
 * Figures about the whole library, for the {@code stats} command and the statistics view.
 *
 * @param articles      articles
 * @param sources       imported dumps
 * @param entries       entries in those dumps
 * @param derivedTitles articles no dump showed a title for
 * @param unknownYear   articles whose year is unknown
 * @param excerptOnly   articles the dumps hold only the start of
 * @param byYear        articles per year, newest first, unknown year (null) last
 * @param bySeries      series, most articles first
 * @param topByReaders  the most read articles
 */
public record LibraryStats(int articles, int sources, int entries, int derivedTitles, int unknownYear,
                           int excerptOnly, List<YearCount> byYear, List<SeriesSummary> bySeries,
                           List<ArticleSummary> topByReaders) {

    /**
     * Articles of one year; {@code year} null for "year unknown". {@code known} counts as well the posts known
     * only from the archive index.
     */
    public record YearCount(Integer year, int articles, int known) {

        public YearCount(Integer year, int articles) {
            this(year, articles, articles);
        }
    }
}
