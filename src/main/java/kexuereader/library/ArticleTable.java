package kexuereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.ingest.SeriesRules;
import kexuereader.ingest.TextKeys;
import kexuereader.model.Article;
import kexuereader.model.ArticleSummary;
import kexuereader.model.PublishDate;
import kexuereader.model.ReaderCount;
import kexuereader.model.SeriesPart;

/**
 * The one class that knows the {@code article} table's columns: writes derived articles (with their search-index
 * rows, title keys and 《…》 references) and runs every query that reads them back (lists, counts, series, years,
 * references). {@link Library} keeps the connections and transactions and calls these; {@link ArticleColumns}
 * holds the columns of schema 6.
 */
final class ArticleTable {

    /** The columns {@link #summary} reads, over {@link #FROM}. */
    static final String SUMMARY_COLUMNS =
            "a.id, a.title, a.display_title, a.year, a.month, a.day, a.readers, a.series, a.part, a.part_suffix, "
                    + "coalesce(u.read, 0) AS is_read, coalesce(u.starred, 0) AS is_starred, a.content";

    /** Articles with the user's state of each ({@code a}, {@code u}): what lists and searches read from. */
    static final String FROM = "article a LEFT JOIN user_state u ON u.article_id = a.id";

    private static final Pattern REFERENCE = kexuereader.model.Citation.PATTERN;

    private ArticleTable() {
    }

    /** Inserts the article; returns its rowid. */
    static long insert(Connection c, Article a, String signature, SeriesRules rules) throws SQLException {
        long rowid = insertRow(c, null, a, signature);
        insertDerived(c, rowid, a, rules);
        insertSearchRows(c, rowid, a);
        return rowid;
    }

    /**
     * Replaces the article stored at {@code rowid} (the same id, derived again from changed entries) by
     * {@code a}, keeping the row. Its search rows are rewritten only when the text they index changed: a new
     * reader count or another source leaves them alone, which spares the full-text indexes a delete and an
     * insert. Returns the rowid.
     */
    static long replace(Connection c, long rowid, Article a, String signature, SeriesRules rules) throws SQLException {
        boolean sameText = false;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT display_title, aliases, body FROM article WHERE rowid = ?")) {
            ps.setLong(1, rowid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    // the same body as stored (the usual case) needs no normalising to tell
                    String body = rs.getString(3);
                    sameText = titleText(rs.getString(1), rs.getString(2)).equals(titleText(a))
                            && (body.equals(a.body())
                            || SearchText.normalize(body).equals(SearchText.normalize(a.body())));
                }
            }
        }
        for (String sql : sameText ? List.of("DELETE FROM article_title WHERE article_rowid = ?",
                "DELETE FROM reference WHERE article_rowid = ?", "DELETE FROM article WHERE rowid = ?")
                : DELETES) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, rowid);
                ps.executeUpdate();
            }
        }
        insertRow(c, rowid, a, signature);
        insertDerived(c, rowid, a, rules);
        if (!sameText) {
            insertSearchRows(c, rowid, a);
        }
        return rowid;
    }

    /** The article's row, at {@code rowid} or (null) a new one; returns the rowid. */
    private static long insertRow(Connection c, Long rowid, Article a, String signature) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article (id, signature, title, display_title, aliases, year, month, day, readers,
                  reader_history, series, part, part_suffix, excerpt_only, sources, body, sort_title, blog_id, url,
                  categories, tags, comments, content, blocks, rowid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int i = 1;
            ps.setString(i++, a.id());
            ps.setString(i++, signature);
            ps.setString(i++, a.title());
            ps.setString(i++, a.displayTitle());
            ps.setString(i++, String.join("\n", a.aliases()));
            setInt(ps, i++, a.date().year());
            ps.setInt(i++, a.date().month());
            ps.setInt(i++, a.date().day());
            setInt(ps, i++, a.readers());
            ps.setString(i++, history(a.readerHistory()));
            SeriesPart s = a.series();
            ps.setString(i++, s == null ? null : s.series());
            setInt(ps, i++, s == null ? null : s.part());
            ps.setString(i++, s == null ? null : s.suffix());
            ps.setInt(i++, a.excerptOnly() ? 1 : 0);
            ps.setString(i++, String.join("\n", a.sources()));
            ps.setString(i++, a.body());
            ps.setBytes(i++, TitleOrder.key(a.displayTitle()));
            i = ArticleColumns.bind(ps, i, a);
            if (rowid == null) {
                ps.setNull(i, java.sql.Types.INTEGER);
            } else {
                ps.setLong(i, rowid);
            }
            ps.executeUpdate();
        }
        if (rowid != null) {
            return rowid;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The article's title keys and the 《…》 references of its body. */
    private static void insertDerived(Connection c, long rowid, Article a, SeriesRules rules) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        if (a.title() != null) {
            keys.add(TextKeys.titleKey(a.title()));
        }
        for (String alias : a.aliases()) {
            keys.add(TextKeys.titleKey(alias));
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_title (title_key, article_rowid) VALUES (?, ?)")) {
            for (String k : keys) {
                ps.setString(1, k);
                ps.setLong(2, rowid);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reference (article_rowid, title, title_key, series, part, suffix) VALUES (?,?,?,?,?,?)")) {
            Set<String> seen = new LinkedHashSet<>();
            // a body without 《 (most of them) cites nothing: the pattern is not run over its whole length
            Matcher m = REFERENCE.matcher(a.body().indexOf('《') < 0 ? "" : a.body());
            while (m.find()) {
                String title = TextKeys.strip(m.group(1));
                String key = TextKeys.titleKey(title);
                if (key.isEmpty() || keys.contains(key) || !seen.add(key)) {
                    continue;
                }
                SeriesPart sp = rules.match(title).orElse(null);
                ps.setLong(1, rowid);
                ps.setString(2, title);
                ps.setString(3, key);
                ps.setString(4, sp == null ? null : sp.series());
                setInt(ps, 5, sp == null ? null : sp.part());
                ps.setString(6, sp == null ? null : sp.suffix());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What the search indexes hold as the title of an article: its display title and aliases, normalised. */
    private static String titleText(Article a) {
        return titleText(a.displayTitle(), String.join("\n", a.aliases()));
    }

    private static String titleText(String displayTitle, String aliases) {
        return SearchText.normalize(displayTitle + "\n" + aliases);
    }

    /** The article's row in the full-text index. */
    private static void insertSearchRows(Connection c, long rowid, Article a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_bi (rowid, title, body) VALUES (?, ?, ?)")) {
            ps.setLong(1, rowid);
            ps.setString(2, SearchText.indexed(a.displayTitle() + "\n" + String.join("\n", a.aliases())));
            ps.setString(3, SearchText.indexed(a.body()));
            ps.executeUpdate();
        }
    }

    private static final List<String> DELETES = List.of("DELETE FROM search_bi WHERE rowid = ?", "DELETE FROM article_title WHERE article_rowid = ?",
            "DELETE FROM reference WHERE article_rowid = ?", "DELETE FROM article WHERE rowid = ?");

    /** Deletes an article and everything derived from it. */
    static void delete(Connection c, long rowid) throws SQLException {
        for (String sql : DELETES) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, rowid);
                ps.executeUpdate();
            }
        }
    }

    /** An article as stored: its row, its id and the signature it was derived with. */
    record Stored(long rowid, String id, String signature) {
    }

    /** Every stored article of a month-day. */
    static List<Stored> storedAt(Connection c, kexuereader.model.MonthDay md) throws SQLException {
        List<Stored> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT signature, rowid, id FROM article WHERE month = ? AND day = ?")) {
            ps.setInt(1, md.month());
            ps.setInt(2, md.day());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Stored(rs.getLong(2), rs.getString(3), rs.getString(1)));
                }
            }
        }
        return list;
    }

    /** Gives every article a signature no derivation gives, and one per row: all are derived again. */
    static void markAllStale(Connection c) throws SQLException {
        // one per row: rows of one month-day must stay apart by it
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET signature = 'stale:' || rowid")) {
            ps.executeUpdate();
        }
    }

    static boolean any(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM article)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** One entry of the article (its first), or empty. */
    static java.util.OptionalLong anchorEntry(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT min(e.id) FROM entry e JOIN article a ON a.rowid = e.article_rowid WHERE a.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                long entry = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() || entry == 0 ? java.util.OptionalLong.empty()
                        : java.util.OptionalLong.of(entry);
            }
        }
    }

    /** The id of the article that holds an entry. */
    static Optional<String> holding(Connection c, long entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT a.id FROM entry e JOIN article a ON a.rowid = e.article_rowid WHERE e.id = ?")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Articles whose text cites this one as 《title》, newest first. */
    static List<ArticleSummary> referencedBy(Connection c, String id) throws SQLException {
        List<ArticleSummary> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT " + SUMMARY_COLUMNS
                + " FROM reference r JOIN article a ON a.rowid = r.article_rowid"
                + " LEFT JOIN user_state u ON u.article_id = a.id"
                + " WHERE r.title_key IN (SELECT t.title_key FROM article_title t JOIN article b"
                + " ON b.rowid = t.article_rowid WHERE b.id = ?) AND a.id <> ?"
                + " ORDER BY " + SortOrder.DATE.orderBy(false))) {
            ps.setString(1, id);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(summary(rs));
                }
            }
        }
        return list;
    }

    /** Articles per month and series (of known years), oldest month first. */
    static List<MonthCount> monthCounts(Connection c) throws SQLException {
        List<MonthCount> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT year, month, series, count(*) FROM article WHERE year IS NOT NULL
                GROUP BY year, month, series ORDER BY year, month, series""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new MonthCount(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4)));
            }
        }
        return list;
    }

    /** Articles marked read: few rows of user_state, where counting the unread would scan every article. */
    static int countRead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM user_state u JOIN article a "
                + "ON a.id = u.article_id WHERE u.read = 1 AND a.content <> 'NONE'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Posts known only from the archive index (an index walk): never unread, as they are not in the library. */
    static int countIndexOnly(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article WHERE content = 'NONE'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** How many articles match the filter. */
    static int count(Connection c, ArticleFilter filter) throws SQLException {
        // every article: the plain form, which SQLite counts from the smallest index without reading a row
        String sql = filter.equals(ArticleFilter.ALL) ? "SELECT count(*) FROM article"
                : "SELECT count(*) FROM " + FROM + " WHERE 1=1" + filter.where();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** A page of the articles that match the filter, in the given order ({@code limit} 0: all). */
    static List<ArticleSummary> list(Connection c, ArticleFilter filter, SortOrder order, boolean reversed, int offset,
                                     int limit) throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM " + FROM + " WHERE 1=1"
                + filter.where()
                + " ORDER BY " + order.orderBy(reversed) + " LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = filter.bind(ps, 1);
            ps.setInt(i++, limit <= 0 ? -1 : limit);
            ps.setInt(i, Math.max(0, offset));
            List<ArticleSummary> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(summary(rs));
                }
            }
            return list;
        }
    }

    /** The article with this id. */
    static Optional<Article> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(article(rs)) : Optional.empty();
            }
        }
    }

    /** Visits every article in export order: newest first, unknown years last. */
    static void forEach(Connection c, Consumer<Article> visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM article a ORDER BY "
                + SortOrder.DATE.orderBy(false)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                visitor.accept(article(rs));
            }
        }
    }

    /** The id of the article with this title key (its title or an alias). */
    static Optional<String> idForTitleKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id FROM article_title t JOIN article a ON a.rowid = t.article_rowid
                WHERE t.title_key = ? ORDER BY a.id LIMIT 1""")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every series with its article count, newest series first. */
    static List<SeriesSummary> series(Connection c) throws SQLException {
        List<SeriesSummary> list = new ArrayList<>();
        // the latest date of each series in one pass over an index: a known year beats an unknown one, then
        // the year, then the month-day, as the key yyyymmdd + 10^8 (known) or mmdd (unknown) orders them. The
        // index holds all it reads (no row is looked up); the posts known only from the archive index come
        // from the index of content
        Map<String, Integer> indexOnly = countsBySeries(c, "SELECT series, count(*) FROM article"
                + " WHERE content = 'NONE' AND series IS NOT NULL GROUP BY series");
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.series, count(*) AS known,
                       max(CASE WHEN a.year IS NULL THEN 0 ELSE 100000000 + a.year * 10000 END
                           + a.month * 100 + a.day) AS latest
                FROM article a WHERE a.series IS NOT NULL GROUP BY a.series""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long latest = rs.getLong("latest");
                Integer year = latest >= 100_000_000 ? (int) (latest / 10_000 % 10_000) : null;
                int md = (int) (latest % 10_000);
                String name = rs.getString(1);
                int known = rs.getInt("known");
                list.add(new SeriesSummary(name, known - indexOnly.getOrDefault(name, 0),
                        new PublishDate(year, md / 100, md % 100), known));
            }
        }
        list.sort(Comparator.comparing(SeriesSummary::latest, PublishDate.NEWEST_FIRST)
                .thenComparing(SeriesSummary::name));
        return list;
    }

    /** Articles per year, newest first; the unknown year last. */
    static List<LibraryStats.YearCount> years(Connection c) throws SQLException {
        List<LibraryStats.YearCount> list = new ArrayList<>();
        // counted from the date index alone (reading each row for its content cost a row lookup per article),
        // less the posts known only from the archive index, found by the index of content
        Map<Integer, Integer> indexOnly = countsByYear(c,
                "SELECT year, count(*) FROM article WHERE content = 'NONE' GROUP BY year");
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT year, count(*) FROM article GROUP BY year ORDER BY (year IS NULL), year DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Integer year = intOrNull(rs, "year");
                int known = rs.getInt(2);
                list.add(new LibraryStats.YearCount(year, known - indexOnly.getOrDefault(year, 0), known));
            }
        }
        return list;
    }

    /** How many of each series' articles are marked read (index-only posts are never read): few rows. */
    static Map<String, Integer> readBySeries(Connection c) throws SQLException {
        // CROSS JOIN keeps user_state the outer loop: SQLite would otherwise walk every article of a series
        return countsBySeries(c, "SELECT a.series, count(*) FROM user_state u"
                + " CROSS JOIN article a ON a.id = u.article_id"
                + " WHERE u.read = 1 AND a.content <> 'NONE' AND a.series IS NOT NULL GROUP BY a.series");
    }

    /** How many of each year's articles are marked read, the unknown year under null. */
    static Map<Integer, Integer> readByYear(Connection c) throws SQLException {
        return countsByYear(c, "SELECT a.year, count(*) FROM user_state u"
                + " CROSS JOIN article a ON a.id = u.article_id"
                + " WHERE u.read = 1 AND a.content <> 'NONE' GROUP BY a.year");
    }

    /** The counts of a {@code SELECT series, count(*) … GROUP BY series}, by series. */
    private static Map<String, Integer> countsBySeries(Connection c, String sql) throws SQLException {
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** The counts of a {@code SELECT year, count(*) … GROUP BY year}, by year (null: unknown). */
    private static Map<Integer, Integer> countsByYear(Connection c, String sql) throws SQLException {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(intOrNull(rs, "year"), rs.getInt(2));
            }
        }
        return counts;
    }

    /** The article in the current row, which must hold {@code a.*}. */
    static Article article(ResultSet rs) throws SQLException {
        List<kexuereader.model.Block> blocks = ArticleColumns.blocks(rs);
        return new Article(rs.getString("id"), rs.getString("title"), rs.getString("display_title"),
                lines(rs.getString("aliases")), date(rs), intOrNull(rs, "readers"),
                history(rs.getString("reader_history")), series(rs), rs.getInt("excerpt_only") != 0,
                lines(rs.getString("sources")),
                blocks.isEmpty() ? paragraphs(rs.getString("body")) : kexuereader.model.BlockText.markdown(blocks),
                ArticleColumns.content(rs), blocks, ArticleColumns.post(rs));
    }

    /** The summary in the current row, which must hold {@link #SUMMARY_COLUMNS}. */
    static ArticleSummary summary(ResultSet rs) throws SQLException {
        String title = rs.getString("title");
        return new ArticleSummary(rs.getString("id"), rs.getString("display_title"), title == null, date(rs),
                intOrNull(rs, "readers"), series(rs), rs.getInt("is_read") != 0, rs.getInt("is_starred") != 0,
                "NONE".equals(rs.getString("content")));
    }

    private static PublishDate date(ResultSet rs) throws SQLException {
        return new PublishDate(intOrNull(rs, "year"), rs.getInt("month"), rs.getInt("day"));
    }

    private static SeriesPart series(ResultSet rs) throws SQLException {
        String name = rs.getString("series");
        return name == null ? null : new SeriesPart(name, intOrNull(rs, "part"), rs.getString("part_suffix"));
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    static List<String> paragraphs(String body) {
        return body == null || body.isEmpty() ? List.of() : List.of(body.split("\n\n"));
    }

    private static String history(List<ReaderCount> history) {
        StringBuilder sb = new StringBuilder();
        for (ReaderCount r : history) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(r.source().replace('\n', ' ').replace('\t', ' ')).append('\t').append(r.readers());
        }
        return sb.toString();
    }

    private static List<ReaderCount> history(String text) {
        List<ReaderCount> list = new ArrayList<>();
        for (String line : lines(text)) {
            int tab = line.lastIndexOf('\t');
            list.add(new ReaderCount(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1))));
        }
        return list;
    }
}
