package kexuereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kexuereader.ingest.TextKeys;
import kexuereader.model.ArticleSummary;

/**
 * Runs a {@link SearchQuery} against the full-text index, ranks the hits by bm25 (title matches weigh
 * more than body matches) and cuts a snippet around the first match of each. Hits come in
 * {@code ORDER BY rank, id} order.
 *
 * <p>The common search — every article, at most {@code limit} hits — takes the best {@code limit + 1} matches
 * from the indexes first and reads only their articles: a query matching most of a large library then costs the
 * index lookup and {@code limit} rows, not a read of every matching article with its text. Ranks tied across
 * the cut, a filter, terms only a scan can check, or no limit take the plain way: every match joined with its
 * article.
 */
final class Searcher {

    /** How much more a match in the title (or an alias) counts than one in the body. */
    static final double TITLE_WEIGHT = 5.0;

    private static final String HIT_COLUMNS = ArticleTable.SUMMARY_COLUMNS + ", a.aliases, a.body";

    private Searcher() {
    }

    /** A matching article as read: what the hit needs, before its snippet is cut. */
    private record Row(long rowid, double rank, ArticleSummary summary, String titles, String body) {
    }

    static List<SearchHit> search(Connection c, SearchQuery q, ArticleFilter filter, int limit) throws SQLException {
        List<String> params = new ArrayList<>();
        String matches = null;
        if (q.bigram() != null) {
            matches = "SELECT rowid, bm25(search_bi, " + TITLE_WEIGHT + ", 1.0) AS r FROM search_bi "
                    + "WHERE search_bi MATCH ?";
            params.add(q.bigram());
        }
        boolean scan = !q.scanTerms().isEmpty();
        String sql;
        if (matches == null) {
            sql = "SELECT " + HIT_COLUMNS + ", 0.0 AS rank FROM " + ArticleTable.FROM
                    + " WHERE 1=1" + filter.where() + " ORDER BY " + SortOrder.DATE.orderBy(false);
        } else {
            if (!scan && limit > 0 && filter.equals(ArticleFilter.ALL)) {
                List<Row> top = best(c, matches, params, limit);
                if (top != null) {
                    List<SearchHit> hits = new ArrayList<>(top.size());
                    for (Row r : top) {
                        hits.add(hit(r, q));
                    }
                    return hits;
                }
            }
            sql = "SELECT " + HIT_COLUMNS + ", m.r AS rank FROM (" + matches
                    + ") m JOIN article a ON a.rowid = m.rowid LEFT JOIN user_state u ON u.article_id = a.id"
                    + " WHERE 1=1" + filter.where()
                    + " ORDER BY m.r, a.id" + (scan || limit <= 0 ? "" : " LIMIT " + limit);
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, bind(ps, params));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && (limit <= 0 || hits.size() < limit)) {
                    Row row = row(rs, 0, rs.getDouble("rank"));
                    if (scan && !q.scanTerms().stream().allMatch(t -> contains(row.titles(), t)
                            || contains(row.body(), t))) {
                        continue;
                    }
                    hits.add(hit(row, q));
                }
            }
        }
        return hits;
    }

    /**
     * The best {@code limit} matches with their articles, in (rank, id) order, reading only those articles;
     * null when a match has no article, which the plain join would skip. The index gives the best matches by
     * rank, a few more than asked, with their ids: when ranks tie across the cut, the id decides which of the
     * tied matches make it, and the few extra rows usually hold the whole tie (else one more index query
     * fetches it).
     */
    private static List<Row> best(Connection c, String matches, List<String> params, int limit)
            throws SQLException {
        int window = limit + Math.max(64, limit / 8);
        List<Ranked> ranked = new ArrayList<>(Math.min(window, 4096));
        try (PreparedStatement ps = c.prepareStatement("SELECT m.rowid, m.r, a.id FROM (SELECT rowid, r FROM ("
                + matches + ") ORDER BY r LIMIT ?) m LEFT JOIN article a ON a.rowid = m.rowid")) {
            ps.setInt(bind(ps, params), window);
            if (!ranked(ps, ranked)) {
                return null;
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::rank).thenComparing(Ranked::id));
        if (ranked.size() > limit) {
            double cut = ranked.get(limit - 1).rank();
            if (ranked.size() == window && ranked.get(window - 1).rank() == cut) {
                // the tie runs past the window: every match of that rank competes by id for the places left
                List<Ranked> tie = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT m.rowid, m.r, a.id FROM (" + matches
                        + ") m LEFT JOIN article a ON a.rowid = m.rowid WHERE m.r = ?")) {
                    ps.setDouble(bind(ps, params), cut);
                    if (!ranked(ps, tie)) {
                        return null;
                    }
                }
                ranked.removeIf(r -> r.rank() == cut);
                ranked.addAll(tie);
                ranked.sort(Comparator.comparingDouble(Ranked::rank).thenComparing(Ranked::id));
            }
            ranked = ranked.subList(0, limit);
        }
        // the articles of the hits, in one query; then back into (rank, id) order
        StringBuilder ids = new StringBuilder("[");
        for (Ranked r : ranked) {
            ids.append(ids.length() > 1 ? "," : "").append(r.rowid());
        }
        java.util.Map<Long, Row> read = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + HIT_COLUMNS + ", a.rowid AS rowid FROM "
                + ArticleTable.FROM + " WHERE a.rowid IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, ids.append(']').toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rowid = rs.getLong("rowid");
                    read.put(rowid, row(rs, rowid, 0));
                }
            }
        }
        List<Row> rows = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Row row = read.get(r.rowid());
            if (row == null) {
                return null;
            }
            rows.add(new Row(r.rowid(), r.rank(), row.summary(), row.titles(), row.body()));
        }
        return rows;
    }

    /** A match from the index: its rowid, rank and article id. */
    private record Ranked(long rowid, double rank, String id) {
    }

    /** Reads (rowid, rank, id) rows; false when a match has no article. */
    private static boolean ranked(PreparedStatement ps, List<Ranked> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(3);
                if (id == null) {
                    return false;
                }
                into.add(new Ranked(rs.getLong(1), rs.getDouble(2), id));
            }
        }
        return true;
    }

    /** The current row: summary, and the NFKC text of its titles and body; with this rank. */
    private static Row row(ResultSet rs, long rowid, double rank) throws SQLException {
        return new Row(rowid, rank, ArticleTable.summary(rs),
                TextKeys.nfkc(rs.getString("display_title") + "\n" + rs.getString("aliases")),
                TextKeys.nfkc(rs.getString("body")));
    }

    /** Whether the text holds the term where the index could have seen it: LaTeX's control words left out. */
    private static boolean contains(String text, String term) {
        return Snippets.indexOfIgnoreCase(SearchText.withoutControlWords(text), term, 0) >= 0;
    }

    /** The hit for a row: the snippet comes from the body when a term occurs there, else from the titles. */
    private static SearchHit hit(Row row, SearchQuery q) {
        boolean inBody = false;
        for (String t : q.terms()) {
            if (Snippets.indexOfIgnoreCase(row.body(), t, 0) >= 0) {
                inBody = true;
                break;
            }
        }
        return new SearchHit(row.summary(), Snippets.aroundNormalized(inBody ? row.body() : row.titles(), q.terms()),
                q.terms(), row.rank());
    }

    private static int bind(PreparedStatement ps, List<String> params) throws SQLException {
        int i = 1;
        for (String p : params) {
            ps.setString(i++, p);
        }
        return i;
    }
}
