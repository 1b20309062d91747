package kexuereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link SearchQuery} against the two full-text indexes, ranks the hits by bm25 (title matches weigh
 * more than body matches) and cuts a snippet around the first match of each.
 */
final class Searcher {

    /** How much more a match in the title (or an alias) counts than one in the body. */
    static final double TITLE_WEIGHT = 5.0;

    private Searcher() {
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
            sql = "SELECT " + ArticleTable.SUMMARY_COLUMNS + ", a.aliases, a.body, 0.0 AS rank FROM "
                    + ArticleTable.FROM + " WHERE 1=1" + filter.where() + " ORDER BY " + SortOrder.DATE.orderBy(false);
        } else {
            String matches = from.size() == 1 ? from.get(0)
                    : "SELECT t.rowid, t.r + b.r AS r FROM (" + from.get(0) + ") t JOIN (" + from.get(1)
                    + ") b ON b.rowid = t.rowid";
            sql = "SELECT " + ArticleTable.SUMMARY_COLUMNS + ", a.aliases, a.body, m.r AS rank FROM (" + matches
                    + ") m JOIN article a ON a.rowid = m.rowid LEFT JOIN user_state u ON u.article_id = a.id"
                    + " WHERE 1=1" + filter.where()
                    + " ORDER BY m.r, a.id" + (scan || limit <= 0 ? "" : " LIMIT " + limit);
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            filter.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && (limit <= 0 || hits.size() < limit)) {
                    String body = rs.getString("body");
                    String titles = rs.getString("display_title") + "\n" + rs.getString("aliases");
                    if (scan && !q.scanTerms().stream().allMatch(t -> Snippets.contains(titles, t)
                            || Snippets.contains(body, t))) {
                        continue;
                    }
                    String source = q.terms().stream().anyMatch(t -> Snippets.contains(body, t)) ? body : titles;
                    hits.add(new SearchHit(ArticleTable.summary(rs), Snippets.around(source, q.terms()), q.terms(),
                            rs.getDouble("rank")));
                }
            }
        }
        return hits;
    }
}
