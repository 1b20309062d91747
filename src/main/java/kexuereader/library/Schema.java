package kexuereader.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The library's tables, versioned by {@code PRAGMA user_version}. Each migration takes the schema one version
 * up inside a transaction; a library from a newer version of the application is refused, not touched.
 */
final class Schema {

    /** A step from version {@code n - 1} to {@code n}. */
    private record Migration(int version, List<String> statements) {
    }

    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, List.of(
                    """
                    CREATE TABLE source (
                      id INTEGER PRIMARY KEY,
                      file_name TEXT NOT NULL,
                      sha256 TEXT NOT NULL UNIQUE,
                      format TEXT NOT NULL,
                      encoding TEXT,
                      imported_at TEXT NOT NULL,
                      year_hint INTEGER,
                      first_year INTEGER,
                      entry_count INTEGER NOT NULL,
                      diagnostics TEXT NOT NULL DEFAULT ''
                    )""",
                    """
                    CREATE TABLE entry (
                      id INTEGER PRIMARY KEY,
                      source_id INTEGER NOT NULL REFERENCES source(id),
                      ordinal INTEGER NOT NULL,
                      line INTEGER NOT NULL,
                      title TEXT,
                      title_key TEXT,
                      head TEXT NOT NULL,
                      year INTEGER,
                      month INTEGER NOT NULL,
                      day INTEGER NOT NULL,
                      readers INTEGER,
                      body TEXT NOT NULL,
                      excerpt_only INTEGER NOT NULL,
                      article_rowid INTEGER,
                      UNIQUE (source_id, ordinal)
                    )""",
                    "CREATE INDEX entry_month_day ON entry(month, day)",
                    "CREATE INDEX entry_article ON entry(article_rowid)",
                    """
                    CREATE TABLE article (
                      rowid INTEGER PRIMARY KEY,
                      id TEXT NOT NULL UNIQUE,
                      signature TEXT NOT NULL,
                      title TEXT,
                      display_title TEXT NOT NULL,
                      aliases TEXT NOT NULL,
                      year INTEGER,
                      month INTEGER NOT NULL,
                      day INTEGER NOT NULL,
                      readers INTEGER,
                      reader_history TEXT NOT NULL,
                      series TEXT,
                      part INTEGER,
                      part_suffix TEXT,
                      excerpt_only INTEGER NOT NULL,
                      sources TEXT NOT NULL,
                      body TEXT NOT NULL,
                      sort_title TEXT NOT NULL
                    )""",
                    "CREATE INDEX article_date ON article(year, month, day)",
                    "CREATE INDEX article_series ON article(series, part)",
                    "CREATE INDEX article_readers ON article(readers)",
                    "CREATE INDEX article_sort_title ON article(sort_title)",
                    """
                    CREATE TABLE article_title (
                      title_key TEXT NOT NULL,
                      article_rowid INTEGER NOT NULL
                    )""",
                    "CREATE INDEX article_title_key ON article_title(title_key)",
                    "CREATE INDEX article_title_rowid ON article_title(article_rowid)",
                    """
                    CREATE TABLE reference (
                      article_rowid INTEGER NOT NULL,
                      title TEXT NOT NULL,
                      title_key TEXT NOT NULL,
                      series TEXT,
                      part INTEGER,
                      suffix TEXT
                    )""",
                    "CREATE INDEX reference_key ON reference(title_key)",
                    "CREATE INDEX reference_series ON reference(series)",
                    "CREATE INDEX reference_article ON reference(article_rowid)",
                    """
                    CREATE VIRTUAL TABLE search_tri USING fts5(
                      title, body, content='', contentless_delete=1, tokenize='trigram')""",
                    """
                    CREATE VIRTUAL TABLE search_bi USING fts5(
                      title, body, content='', contentless_delete=1, prefix='1',
                      tokenize='unicode61 remove_diacritics 0')""",
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )),
            // the user's own state of an article, kept apart from the derived articles so that re-deriving them
            // never loses it; keyed by article id and carried over when a re-merge changes an id
            new Migration(2, List.of(
                    """
                    CREATE TABLE user_state (
                      article_id TEXT PRIMARY KEY,
                      read INTEGER NOT NULL DEFAULT 0,
                      starred INTEGER NOT NULL DEFAULT 0,
                      position TEXT,
                      updated_at TEXT NOT NULL
                    )""",
                    "CREATE INDEX user_state_starred ON user_state(starred)"
            )),
            // an import re-derives the articles of each month-day it touches: find them without a full scan
            new Migration(3, List.of(
                    "CREATE INDEX article_month_day ON article(month, day)"
            )),
            // the window opens on the newest articles (SortOrder.DATE) and the sidebar shows each series' latest
            // date: both were a scan of every article, with a sort, before the first frame
            new Migration(4, List.of(
                    "CREATE INDEX article_newest ON article((year IS NULL), year DESC, month DESC, day DESC, "
                            + "sort_title, id)",
                    "CREATE INDEX article_series_date ON article(series, year, month, day)"
            )),
            // what the parser noticed, severity kept (SourceNotes): importing the same bytes again then needs
            // only their hash, not a parse; null for dumps imported before, which are parsed again as before
            new Migration(5, List.of(
                    "ALTER TABLE source ADD COLUMN notes TEXT"
            )),
            // article pages and the archive index (formats C, D): the post's id, address and footer, the body as
            // typed blocks, and how much of it is held (an index-only post has no body at all)
            new Migration(6, List.of(
                    "ALTER TABLE entry ADD COLUMN blog_id INTEGER",
                    "ALTER TABLE entry ADD COLUMN url TEXT",
                    "ALTER TABLE entry ADD COLUMN categories TEXT",
                    "ALTER TABLE entry ADD COLUMN tags TEXT",
                    "ALTER TABLE entry ADD COLUMN comments INTEGER",
                    "ALTER TABLE entry ADD COLUMN blocks TEXT",
                    "CREATE INDEX entry_blog_id ON entry(blog_id)",
                    "ALTER TABLE article ADD COLUMN blog_id INTEGER",
                    "ALTER TABLE article ADD COLUMN url TEXT",
                    "ALTER TABLE article ADD COLUMN categories TEXT",
                    "ALTER TABLE article ADD COLUMN tags TEXT",
                    "ALTER TABLE article ADD COLUMN comments INTEGER",
                    "ALTER TABLE article ADD COLUMN content TEXT NOT NULL DEFAULT 'EXCERPT'",
                    "ALTER TABLE article ADD COLUMN blocks TEXT",
                    "UPDATE article SET content = CASE WHEN excerpt_only = 0 THEN 'FULL' ELSE 'EXCERPT' END",
                    "CREATE INDEX article_blog_id ON article(blog_id)"
            )),
            // titles sort as a person counts (TitleOrder): numbers by value, 二十二 before 二十八; the stored
            // keys are written again by TitleOrder itself, registered as an SQL function for the step
            new Migration(7, List.of(
                    "UPDATE article SET sort_title = " + TitleOrder.SQL_FUNCTION + "(display_title)"
            )),
            // one full-text index: 1,300 article pages took 33 s of CPU to import, most of it writing every
            // character of 14 M into a trigram and a bigram index; the bigram index alone finds the same (a long
            // term as the phrase of its bigrams), and no longer holds LaTeX's control words (SearchText)
            new Migration(8, List.of(
                    "DROP TABLE IF EXISTS search_tri",
                    "INSERT INTO search_bi (search_bi) VALUES ('delete-all')",
                    "INSERT INTO search_bi (rowid, title, body) SELECT rowid, " + SearchText.SQL_FUNCTION
                            + "(display_title || char(10) || aliases), " + SearchText.SQL_FUNCTION + "(body) FROM article",
                    // the unread count leaves out the posts known only from the archive index: counted by this
                    "CREATE INDEX IF NOT EXISTS article_content ON article(content)"
            )));

    /** The version this build writes. */
    static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema from {@code from} to {@link #CURRENT}, one transaction per step. */
    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, CURRENT);
    }

    /**
     * Brings the schema from {@code from} up to version {@code to}: an existing library one transaction per step
     * (each after its backup), a new one in a single transaction, so no other process sees it half made.
     */
    static void migrate(Connection c, int from, int to) throws SQLException {
        boolean auto = c.getAutoCommit();
        if (!auto) {
            c.commit();
            c.setAutoCommit(true);
        }
        try {
            List<Migration> due = MIGRATIONS.stream().filter(m -> m.version() > from && m.version() <= to).toList();
            if (from == 0) {
                steps(c, due);
            } else {
                for (Migration m : due) {
                    steps(c, List.of(m));
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Steps in one transaction that takes the write lock before it reads the version: processes opening one
     * library at once take each step once (a deferred transaction let both read 0 and both create the tables).
     */
    private static void steps(Connection c, List<Migration> steps) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                TitleOrder.register(c);
                SearchText.register(c);
                for (Migration m : steps) {
                    if (version(c) < m.version()) {
                        for (String sql : m.statements()) {
                            s.execute(sql);
                        }
                        s.execute("PRAGMA user_version = " + m.version());
                    }
                }
                s.execute("COMMIT");
            } catch (SQLException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException alreadyRolledBack) {
                    e.addSuppressed(alreadyRolledBack);
                }
                throw e;
            }
        }
    }
}
