package kexuereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kexuereader.ingest.TextKeys;
import kexuereader.model.ArticleSummary;

/**
 * Runs a {@link SearchQuery} against the full-text index, ranks the hits by bm25 (title matches weigh
 * more than body matches) and cuts a snippet around the first match of each, or leaves the snippets to
 * {@link #snippets} for the hits a window shows. Hits come in {@code ORDER BY rank, id} order.
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

    private static final String HIT_COLUMNS = ArticleTable.SUMMARY_COLUMNS + ", a.aliases";
    private static final String BODY = ", a.body";

    private Searcher() {
    }

    /** A matching article as read: what the hit needs, before its snippet is cut; body null when not read. */
    private record Row(long rowid, double rank, ArticleSummary summary, String titles, String body) {
    }

    /**
     * The hits of a query, best first.
     *
     * @param snippets whether to cut each hit's snippet; without them a hit's body is read only when a term
     *                 needs checking in the text, and {@link SearchHit#snippet()} is null
     */
    static List<SearchHit> search(Connection c, SearchQuery q, ArticleFilter filter, int limit, boolean snippets)
            throws SQLException {
        List<String> params = new ArrayList<>();
        String matches = null;
        if (q.bigram() != null) {
            matches = "SELECT rowid, bm25(search_bi, " + TITLE_WEIGHT + ", 1.0) AS r FROM search_bi "
                    + "WHERE search_bi MATCH ?";
            params.add(q.bigram());
        }
        boolean scan = !q.scanTerms().isEmpty();
        String columns = HIT_COLUMNS + (scan || snippets ? BODY : "");
        String sql;
        if (matches == null) {
            sql = "SELECT " + columns + ", 0.0 AS rank FROM " + ArticleTable.FROM
                    + " WHERE 1=1" + filter.where() + " ORDER BY " + SortOrder.DATE.orderBy(false);
        } else {
            if (!scan && limit > 0 && filter.equals(ArticleFilter.ALL)) {
                List<Row> top = best(c, matches, params, limit, columns);
                if (top != null) {
                    List<SearchHit> hits = new ArrayList<>(top.size());
                    for (Row r : top) {
                        hits.add(hit(r, q, snippets));
                    }
                    return hits;
                }
            }
            sql = "SELECT " + columns + ", m.r AS rank FROM (" + matches
                    + ") m JOIN article a ON a.rowid = m.rowid LEFT JOIN user_state u ON u.article_id = a.id"
                    + " WHERE 1=1" + filter.where()
                    + " ORDER BY m.r, a.id" + (scan || limit <= 0 ? "" : " LIMIT " + limit);
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, bind(ps, params));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && (limit <= 0 || hits.size() < limit)) {
                    Row row = row(rs, 0, rs.getDouble("rank"), scan || snippets);
                    if (scan && !q.scanTerms().stream().allMatch(t -> contains(row.titles(), t)
                            || contains(row.body(), t))) {
                        continue;
                    }
                    hits.add(hit(row, q, snippets));
                }
            }
        }
        return hits;
    }

    /**
     * The snippets of these articles for a query, as {@link #search} with snippets cuts them, by article id; an
     * id the library no longer holds is left out.
     */
    static Map<String, String> snippets(Connection c, SearchQuery q, List<String> ids) throws SQLException {
        Map<String, String> snippets = new HashMap<>();
        if (ids.isEmpty()) {
            return snippets;
        }
        StringBuilder json = new StringBuilder("[");
        for (String id : ids) {
            json.append(json.length() > 1 ? "," : "").append('"').append(jsonEscaped(id)).append('"');
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + HIT_COLUMNS + BODY + " FROM " + ArticleTable.FROM
                + " WHERE a.id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, json.append(']').toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = row(rs, 0, 0, true);
                    snippets.put(row.summary().id(), snippet(row, q));
                }
            }
        }
        return snippets;
    }

    private static String jsonEscaped(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * The best {@code limit} matches with their articles, in (rank, id) order, reading only those articles;
     * null when a match has no article, which the plain join would skip. The index gives the best matches by
     * rank, a few more than asked, with their ids: when ranks tie across the cut, the id decides which of the
     * tied matches make it, and the few extra rows usually hold the whole tie (else one more index query
     * fetches it).
     */
    private static List<Row> best(Connection c, String matches, List<String> params, int limit, String columns)
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
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + ", a.rowid AS rowid FROM "
                + ArticleTable.FROM + " WHERE a.rowid IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, ids.append(']').toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rowid = rs.getLong("rowid");
                    read.put(rowid, row(rs, rowid, 0, columns.endsWith(BODY)));
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

    /** The current row: summary, and the NFKC text of its titles and, if read, its body; with this rank. */
    private static Row row(ResultSet rs, long rowid, double rank, boolean withBody) throws SQLException {
        String body = withBody ? rs.getString("body") : null;
        return new Row(rowid, rank, ArticleTable.summary(rs),
                TextKeys.nfkc(rs.getString("display_title") + "\n" + rs.getString("aliases")),
                body == null ? null : TextKeys.nfkc(body));
    }

    /** Whether the text holds the term where the index could have seen it: LaTeX's control words left out. */
    private static boolean contains(String text, String term) {
        return Snippets.indexOfIgnoreCase(SearchText.withoutControlWords(text), term, 0) >= 0;
    }

    /** The hit for a row, with its snippet or without. */
    private static SearchHit hit(Row row, SearchQuery q, boolean snippet) {
        return new SearchHit(row.summary(), snippet ? snippet(row, q) : null, q.terms(), row.rank());
    }

    /** The snippet comes from the body when a term occurs there, else from the titles. */
    private static String snippet(Row row, SearchQuery q) {
        boolean inBody = false;
        for (String t : q.terms()) {
            if (Snippets.indexOfIgnoreCase(row.body(), t, 0) >= 0) {
                inBody = true;
                break;
            }
        }
        return Snippets.aroundNormalized(inBody ? row.body() : row.titles(), q.terms());
    }

    private static int bind(PreparedStatement ps, List<String> params) throws SQLException {
        int i = 1;
        for (String p : params) {
            ps.setString(i++, p);
        }
        return i;
    }
}
