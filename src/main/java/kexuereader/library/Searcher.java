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
 * Runs a {@link SearchQuery} against the two full-text indexes, ranks the hits by bm25 (title matches weigh
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
        List<String> from = new ArrayList<>();
        List<String> params = new ArrayList<>();
        if (q.trigram() != null) {
            from.add("SELECT rowid, bm25(search_tri, " + TITLE_WEIGHT + ", 1.0) AS r FROM search_tri "
                    + "WHERE search_tri MATCH ?");
            params.add(q.trigram());
        }
        if (q.bigram() != null) {
            from.add("SELECT rowid, bm25(search_bi, " + TITLE_WEIGHT + ", 1.0) AS r FROM search_bi "
                    + "WHERE search_bi MATCH ?");
            params.add(q.bigram());
        }
        boolean scan = !q.scanTerms().isEmpty();
        String sql;
        if (from.isEmpty()) {
            sql = "SELECT " + HIT_COLUMNS + ", 0.0 AS rank FROM article a "
                    + "WHERE 1=1" + filter.where() + " ORDER BY " + SortOrder.DATE.orderBy(false);
        } else {
            // both indexes: each is asked once, then joined (as subqueries, the second was asked once per row)
            String with = from.size() == 1 ? "" : "WITH t AS MATERIALIZED (" + from.get(0) + "), b AS MATERIALIZED ("
                    + from.get(1) + ") ";
            String matches = from.size() == 1 ? from.get(0)
                    : "SELECT t.rowid, t.r + b.r AS r FROM t JOIN b ON b.rowid = t.rowid";
            if (!scan && limit > 0 && filter.equals(ArticleFilter.ALL)) {
                List<Row> top = best(c, with, matches, params, limit);
                if (top != null) {
                    List<SearchHit> hits = new ArrayList<>(top.size());
                    for (Row r : top) {
                        hits.add(hit(r, q));
                    }
                    return hits;
                }
            }
            sql = with + "SELECT " + HIT_COLUMNS + ", m.r AS rank FROM (" + matches
                    + ") m JOIN article a ON a.rowid = m.rowid WHERE 1=1" + filter.where()
                    + " ORDER BY m.r, a.id" + (scan || limit <= 0 ? "" : " LIMIT " + limit);
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, bind(ps, params));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && (limit <= 0 || hits.size() < limit)) {
                    Row row = row(rs, 0);
                    if (scan && !q.scanTerms().stream().allMatch(t -> Snippets.indexOfIgnoreCase(row.titles(), t, 0) >= 0
                            || Snippets.indexOfIgnoreCase(row.body(), t, 0) >= 0)) {
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
     * null when a match has no article, which the plain join would skip. When ranks tie across the cut, the
     * ids of the tied matches decide which of them make it (the index does not know ids).
     */
    private static List<Row> best(Connection c, String with, String matches, List<String> params, int limit)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(with + "SELECT " + HIT_COLUMNS + ", m.r AS rank, m.rowid AS rowid FROM (SELECT "
                + "rowid, r FROM (" + matches + ") ORDER BY r LIMIT ?) m LEFT JOIN article a ON a.rowid = m.rowid")) {
            ps.setInt(bind(ps, params), limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString("id") == null) {
                        return null;
                    }
                    rows.add(row(rs, rs.getLong("rowid")));
                }
            }
        }
        rows.sort(BY_RANK_AND_ID);
        if (rows.size() <= limit) {
            return rows;
        }
        double cut = rows.get(limit).rank();
        if (cut != rows.get(limit - 1).rank()) {
            return rows.subList(0, limit);
        }
        // ranks tie across the cut: every match of that rank competes by id for the places left
        List<Row> kept = new ArrayList<>(rows.stream().filter(r -> r.rank() < cut).toList());
        java.util.Map<Long, Row> read = new java.util.HashMap<>();
        for (Row r : rows) {
            read.put(r.rowid(), r);
        }
        List<long[]> tied = new ArrayList<>();
        List<String> tiedIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(with + "SELECT m.rowid, a.id FROM (" + matches + ") m "
                + "LEFT JOIN article a ON a.rowid = m.rowid WHERE m.r = ?")) {
            ps.setDouble(bind(ps, params), cut);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        return null;
                    }
                    tied.add(new long[] {rs.getLong(1), tiedIds.size()});
                    tiedIds.add(rs.getString(2));
                }
            }
        }
        tied.sort(Comparator.comparing(t -> tiedIds.get((int) t[1])));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + HIT_COLUMNS + ", a.rowid AS rowid, ? AS rank "
                + "FROM article a WHERE a.rowid = ?")) {
            for (int i = 0; i < tied.size() && kept.size() < limit; i++) {
                long rowid = tied.get(i)[0];
                Row r = read.get(rowid);
                if (r == null) {
                    ps.setDouble(1, cut);
                    ps.setLong(2, rowid);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                        r = row(rs, rowid);
                    }
                }
                kept.add(r);
            }
        }
        kept.sort(BY_RANK_AND_ID);
        return kept;
    }

    private static final Comparator<Row> BY_RANK_AND_ID = Comparator.comparingDouble(Row::rank)
            .thenComparing(r -> r.summary().id());

    /** The current row: rank, summary, and the NFKC text of its titles and body. */
    private static Row row(ResultSet rs, long rowid) throws SQLException {
        return new Row(rowid, rs.getDouble("rank"), ArticleTable.summary(rs),
                TextKeys.nfkc(rs.getString("display_title") + "\n" + rs.getString("aliases")),
                TextKeys.nfkc(rs.getString("body")));
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
