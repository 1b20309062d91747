package kexuereader.library;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Which articles a list or a search is limited to. Every restriction given must hold; none means all articles.
 *
 * @param series      a series name, or null
 * @param year        a year, or null
 * @param month       a month of {@code year} (1–12), or null
 * @param unknownYear only articles whose year is unknown
 * @param unread      only articles the user has not read
 * @param starred     only articles the user has starred
 */
public record ArticleFilter(String series, Integer year, Integer month, boolean unknownYear, boolean unread,
                            boolean starred) {

    /** Every article. */
    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, false, false, false);

    public static ArticleFilter series(String name) {
        return new ArticleFilter(name, null, null, false, false, false);
    }

    public static ArticleFilter year(int year) {
        return new ArticleFilter(null, year, null, false, false, false);
    }

    public static ArticleFilter month(int year, int month) {
        return new ArticleFilter(null, year, month, false, false, false);
    }

    public static ArticleFilter yearUnknown() {
        return new ArticleFilter(null, null, null, true, false, false);
    }

    public static ArticleFilter unreadOnly() {
        return new ArticleFilter(null, null, null, false, true, false);
    }

    public static ArticleFilter starredOnly() {
        return new ArticleFilter(null, null, null, false, false, true);
    }

    /** This filter further limited to one series. */
    public ArticleFilter inSeries(String name) {
        return new ArticleFilter(name, year, month, unknownYear, unread, starred);
    }

    /** SQL conditions over {@link ArticleTable#FROM}, starting with " AND", or empty. */
    String where() {
        StringBuilder sb = new StringBuilder();
        if (series != null) {
            sb.append(" AND a.series = ?");
        }
        if (year != null) {
            sb.append(" AND a.year = ?");
        }
        if (month != null) {
            sb.append(" AND a.month = ?");
        }
        if (unknownYear) {
            sb.append(" AND a.year IS NULL");
        }
        if (unread) {
            // a post known only from the archive index is not in the library: there is nothing to read
            sb.append(" AND coalesce(u.read, 0) = 0 AND a.content <> 'NONE'");
        }
        if (starred) {
            sb.append(" AND u.starred = 1");
        }
        return sb.toString();
    }

    /** Binds the parameters of {@link #where()} from index {@code from}; returns the next free index. */
    int bind(PreparedStatement ps, int from) throws SQLException {
        int i = from;
        if (series != null) {
            ps.setString(i++, series);
        }
        if (year != null) {
            ps.setInt(i++, year);
        }
        if (month != null) {
            ps.setInt(i++, month);
        }
        return i;
    }
}
