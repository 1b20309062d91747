package kexuereader.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;

/**
 * Search latency as the command line asks ({@code Library.search(query, ALL, 20)}, snippets cut for every hit)
 * and as the window's live list does (limit 2000: {@code Library.hits}, then {@code Library.snippets} for the first
 * page of rows, {@link #asTheWindowDoes}), p50 and p95 over many runs of each query, against the floor of the raw
 * FTS5 query alone (the same MATCH over the same index, ranked by bm25 and cut at the limit, without reading
 * articles or cutting snippets; a query of both kinds of term asks each index once and joins the two). Target:
 * p95 ≤ 50 ms at 100,000 articles.
 */
final class SearchBench {

    /** A query and what it exercises. */
    record Query(String kind, String text) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("1 char", "模"),
            new Query("2 chars", "扩散"),
            new Query("4 chars", "扩散模型"),
            new Query("Latin", "RoPE"),
            new Query("2 words", "扩散模型 采样"));

    static final int[] LIMITS = {20, 2000};

    private SearchBench() {
    }

    /**
     * What the window's live list asks when a query is typed: the 2,000 best hits without snippets, then the
     * snippets of its first page of rows (more than a window shows).
     */
    static Object asTheWindowDoes(Library library, String query, int limit) {
        if (limit <= 20) {
            return library.search(query, ArticleFilter.ALL, limit);
        }
        var hits = library.hits(query, ArticleFilter.ALL, limit);
        return library.snippets(query, hits.stream().limit(FIRST_ROWS).map(h -> h.id()).toList());
    }

    /** The rows whose snippets the window asks for first (a page of {@code ui.SearchHitRows}). */
    static final int FIRST_ROWS = 40;

    static List<Figure> run(Path libraryFile, int size, BenchSettings s, java.io.PrintWriter log) {
        List<Figure> figures = new ArrayList<>();
        try (Library library = Library.open(libraryFile);
             Connection raw = DriverManager.getConnection("jdbc:sqlite:" + libraryFile.toAbsolutePath())) {
            for (Query q : QUERIES) {
                for (int limit : LIMITS) {
                    int hits = library.search(q.text(), ArticleFilter.ALL, 0).size();
                    String input = String.format(Locale.ROOT, "%,d articles, %s “%s”, %,d hits, limit %d", size,
                            q.kind(), q.text(), hits, limit);
                    log.printf("search: %s%n", input);
                    log.flush();
                    List<Double> full = Timing.millis(s.warmUps(), s.searchRuns(),
                            () -> Timing.sink = asTheWindowDoes(library, q.text(), limit));
                    List<Double> floor = Timing.millis(s.warmUps(), s.searchRuns(), () -> rawMatch(raw, q.text(),
                            limit));
                    Stats f = Stats.of(full);
                    Stats fl = Stats.of(floor);
                    figures.add(new Figure("search p50 (p95 under target)", input, "ms", f, fl.median(),
                            "raw FTS5", f.median() / fl.median(), "p95 ≤ 50 ms: " + Report.number(f.p95()),
                            size >= 100_000 ? f.p95() <= 50 : null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return figures;
    }

    /**
     * The FTS5 part of a search alone: each run of letters and digits of each term asked of the bigram index
     * (a single character as a prefix, more as the phrase of its bigrams), ranked by bm25 with titles weighted
     * 5×, cut at the limit.
     */
    static int rawMatch(Connection c, String query, int limit) throws SQLException {
        List<String> bi = new ArrayList<>();
        for (String run : java.text.Normalizer.normalize(query, java.text.Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            int n = run.codePointCount(0, run.length());
            if (n == 0) {
                continue;
            }
            if (n == 1) {
                bi.add('"' + run + "\"*");
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int i = 0; i < n - 1; i++) {
                int from = run.offsetByCodePoints(0, i);
                phrase.append(phrase.length() > 0 ? " " : "").append(run, from, run.offsetByCodePoints(from, 2));
            }
            bi.add('"' + phrase.toString() + '"');
        }
        String sql = "SELECT rowid, bm25(search_bi, 5.0, 1.0) AS r FROM search_bi WHERE search_bi MATCH ?"
                + " ORDER BY r LIMIT ?";
        List<String> params = List.of(String.join(" AND ", bi));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            ps.setInt(i, limit);
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
