package kexuereader.library;

/**
 * Which articles a list or a search is limited to: all of them, one series, one year, or the articles whose
 * year is unknown. At most one restriction of each kind; none means all articles.
 *
 * @param series      a series name, or null
 * @param year        a year, or null
 * @param unknownYear only articles whose year is unknown
 */
public record ArticleFilter(String series, Integer year, boolean unknownYear) {

    /** Every article. */
    public static final ArticleFilter ALL = new ArticleFilter(null, null, false);

    public static ArticleFilter series(String name) {
        return new ArticleFilter(name, null, false);
    }

    public static ArticleFilter year(int year) {
        return new ArticleFilter(null, year, false);
    }

    public static ArticleFilter yearUnknown() {
        return new ArticleFilter(null, null, true);
    }

    /** SQL conditions over table alias {@code a}, starting with " AND", or empty. */
    String where() {
        StringBuilder sb = new StringBuilder();
        if (series != null) {
            sb.append(" AND a.series = ?");
        }
        if (year != null) {
            sb.append(" AND a.year = ?");
        }
        if (unknownYear) {
            sb.append(" AND a.year IS NULL");
        }
        return sb.toString();
    }

    /** Binds the parameters of {@link #where()} from index {@code from}; returns the next free index. */
    int bind(java.sql.PreparedStatement ps, int from) throws java.sql.SQLException {
        int i = from;
        if (series != null) {
            ps.setString(i++, series);
        }
        if (year != null) {
            ps.setInt(i++, year);
        }
        return i;
    }
}
