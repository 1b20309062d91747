package kexuereader.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Looks into a library file with a connection of its own, beside whatever has the library open: SQLite's own
 * integrity checks, every row of every table (to prove that nothing changed), and the invariants that make a
 * library whole (every source with all its entries, every entry in an article).
 */
public final class LibraryProbe implements AutoCloseable {

    private final Connection c;

    private LibraryProbe(Connection c) {
        this.c = c;
    }

    /** A read connection to the library file; it must exist. */
    public static LibraryProbe open(Path db) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 15000");
            }
            return new LibraryProbe(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot probe " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code PRAGMA integrity_check}, {@code PRAGMA foreign_key_check} and FTS5's own {@code integrity-check} of both
     * search indexes: "ok" when all pass, else what they reported.
     */
    public String integrity() {
        List<String> problems = new ArrayList<>();
        List<String> integrity = column("PRAGMA integrity_check");
        if (!integrity.equals(List.of("ok"))) {
            problems.addAll(integrity);
        }
        for (String fk : rows("PRAGMA foreign_key_check")) {
            problems.add("foreign key: " + fk);
        }
        for (String fts : List.of("search_tri", "search_bi")) {
            if (!column("SELECT name FROM sqlite_master WHERE name = '" + fts + "'").isEmpty()) {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO " + fts + "(" + fts + ") VALUES ('integrity-check')");
                } catch (SQLException e) {
                    problems.add(fts + ": " + e.getMessage());
                }
            }
        }
        return problems.isEmpty() ? "ok" : String.join("; ", problems);
    }

    /** Every row of every table (the search indexes' shadow tables included), sorted: equal means unchanged. */
    public Map<String, List<String>> allRows() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String table : column("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                + "'CREATE VIRTUAL TABLE%' ORDER BY name")) {
            List<String> rows = rows("SELECT * FROM \"" + table + "\"");
            rows.sort(null);
            all.put(table, rows);
        }
        all.put("pragma user_version", column("PRAGMA user_version"));
        return all;
    }

    /**
     * What makes a library whole: each source holds exactly the entries it counts, each entry belongs to an
     * existing article, each article has entries and names only sources the library holds, and the search
     * indexes have one row per article. Empty when all hold.
     */
    public List<String> wholeness() {
        List<String> problems = new ArrayList<>();
        problems.addAll(rows("""
                SELECT 'source ' || s.file_name || ' counts ' || s.entry_count || ' entries but holds '
                       || (SELECT count(*) FROM entry e WHERE e.source_id = s.id)
                FROM source s WHERE s.entry_count <> (SELECT count(*) FROM entry e WHERE e.source_id = s.id)"""));
        problems.addAll(rows("""
                SELECT 'entry ' || e.id || ' of a missing source ' || e.source_id FROM entry e
                WHERE NOT EXISTS (SELECT 1 FROM source s WHERE s.id = e.source_id)"""));
        problems.addAll(rows("""
                SELECT 'entry ' || e.id || ' belongs to no article' FROM entry e
                WHERE e.article_rowid IS NULL OR NOT EXISTS (SELECT 1 FROM article a WHERE a.rowid = e.article_rowid)"""));
        problems.addAll(rows("""
                SELECT 'article ' || a.id || ' has no entry' FROM article a
                WHERE NOT EXISTS (SELECT 1 FROM entry e WHERE e.article_rowid = a.rowid)"""));
        problems.addAll(rows("""
                SELECT 'article ' || a.id || ' derived from another source than its entries''' FROM article a
                WHERE a.sources <> (SELECT group_concat(name, char(10)) FROM (SELECT DISTINCT s.file_name AS name
                    FROM entry e JOIN source s ON s.id = e.source_id WHERE e.article_rowid = a.rowid ORDER BY 1))"""));
        for (String table : List.of("article_title", "reference")) {
            problems.addAll(rows("SELECT '" + table + " row of a missing article ' || t.article_rowid FROM " + table
                    + " t WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.rowid = t.article_rowid)"));
        }
        long articles = number("SELECT count(*) FROM article");
        for (String fts : List.of("search_bi")) {
            long indexed = number("SELECT count(*) FROM " + fts + "_docsize");
            if (indexed != articles) {
                problems.add(fts + " indexes " + indexed + " rows for " + articles + " articles");
            }
        }
        return problems;
    }

    /** Source rows by SHA-256: file name, format, entry count, first year. */
    public Map<String, String> sources() {
        Map<String, String> map = new LinkedHashMap<>();
        for (List<String> r : table("SELECT sha256, file_name, format, entry_count, first_year, year_hint, "
                + "imported_at, encoding, diagnostics FROM source ORDER BY id")) {
            map.put(r.get(0), String.join("|", r.subList(1, r.size())));
        }
        return map;
    }

    /** How many entries the source with this SHA-256 holds (0 when absent). */
    public long entriesOf(String sha256) {
        return number("SELECT count(*) FROM entry e JOIN source s ON s.id = e.source_id WHERE s.sha256 = '"
                + sha256.replace("'", "''") + "'");
    }

    /** Runs a query and returns its rows as lists of strings. */
    public List<List<String>> table(String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<List<String>> out = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object o = rs.getObject(i);
                    row.add(o instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(o));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public long number(String sql) {
        return Long.parseLong(table(sql).get(0).get(0));
    }

    private List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        for (List<String> r : table(sql)) {
            out.add(String.join(" | ", r));
        }
        return out;
    }

    private List<String> column(String sql) {
        List<String> out = new ArrayList<>();
        for (List<String> r : table(sql)) {
            out.add(r.get(0));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a probe's connection: nothing to save
        }
    }
}
