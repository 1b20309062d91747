package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library of an older schema is copied beside itself, then upgraded with nothing lost. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneLibraryIsBackedUpThenUpgraded() throws Exception {
        Path file = dir.resolve("library.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(c, 0, 1); // the library as the first release wrote it
        }
        try (Library library = Library.open(file)) {
            library.importFile(Path.of("seeds/000_e3142876857722e2.txt"), null);
        }
        // roll the file back to version 1: drop what later versions added
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE user_state");
            s.execute("DROP INDEX article_month_day");
            s.execute("DROP INDEX article_newest");
            s.execute("DROP INDEX article_series_date");
            s.execute("ALTER TABLE source DROP COLUMN notes");
            dropVersionSix(s);
            s.execute("PRAGMA user_version = 1");
        }
        Files.delete(dir.resolve("library.db.v1.bak")); // made while setting up; the upgrade below makes its own
        try (Library library = Library.open(file)) {
            assertEquals(8, library.articleCount(), "the articles came through the upgrade");
            String id = library.allArticles().get(0).id();
            library.setStarred(id, true);
            assertTrue(library.userState(id).starred(), "the new table works");
        }
        Path backup = dir.resolve("library.db.v1.bak");
        assertTrue(Files.exists(backup), "the old library was copied first");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertEquals(1, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                assertEquals(8, rs.getInt(1), "the backup holds the library as it was");
            }
        }
    }

    /** Drops what schema 8 added (the index's own table, search_tri, is not put back: step 8 drops it if there). */
    private static void dropVersionEight(Statement s) throws java.sql.SQLException {
        s.execute("DROP INDEX article_content");
    }

    /** Drops what schema 6 (article pages and the index) added, and what came after it. */
    private static void dropVersionSix(Statement s) throws java.sql.SQLException {
        dropVersionEight(s);
        s.execute("DROP INDEX entry_blog_id");
        s.execute("DROP INDEX article_blog_id");
        for (String column : List.of("blog_id", "url", "categories", "tags", "comments", "blocks")) {
            s.execute("ALTER TABLE entry DROP COLUMN " + column);
        }
        for (String column : List.of("blog_id", "url", "categories", "tags", "comments", "content", "blocks")) {
            s.execute("ALTER TABLE article DROP COLUMN " + column);
        }
    }

    @Test
    void aVersionFiveLibraryGetsTheColumnsOfArticlePagesAndKeepsItsArticles() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.importFile(Path.of("seeds/000_e3142876857722e2.txt"), null);
            library.importFile(Path.of("seeds/004_89c2599345ba7199.txt"), null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            dropVersionSix(s);
            s.execute("PRAGMA user_version = 5");
        }
        try (Library library = Library.open(file)) {
            List<kexuereader.model.Article> all = library.allArticles();
            assertEquals(16, all.size());
            for (kexuereader.model.Article a : all) {
                assertEquals(a.excerptOnly() ? kexuereader.model.Content.EXCERPT : kexuereader.model.Content.FULL,
                        a.content(), a.displayTitle());
                assertEquals(null, a.post().blogId());
            }
            library.importFile(Path.of("src/test/resources/kexuereader/ingest/pages/kexue-10055.txt"), null);
            assertTrue(library.allArticles().stream().anyMatch(a -> Integer.valueOf(10055).equals(a.post().blogId())
                    && a.content() == kexuereader.model.Content.FULL), "the upgraded library takes article pages");
        }
        assertTrue(Files.exists(dir.resolve("library.db.v5.bak")));
    }

    @Test
    void aVersionSevenLibraryLosesItsTrigramIndexAndGetsItsBigramRowsWrittenAgain() throws Exception {
        Path file = dir.resolve("library.db");
        int articles;
        try (Library library = Library.open(file)) {
            library.importFile(Path.of("seeds/000_e3142876857722e2.txt"), null);
            articles = library.articleCount();
            assertTrue(!library.search("扩散", ArticleFilter.ALL, 0).isEmpty(), "the seed speaks of 扩散");
        }
        // roll back to version 7: the trigram index beside it, the bigram rows empty (as if written otherwise)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE search_tri USING fts5(title, body, content='', contentless_delete=1, "
                    + "tokenize='trigram')");
            s.execute("INSERT INTO search_bi (search_bi) VALUES ('delete-all')");
            dropVersionEight(s);
            s.execute("PRAGMA user_version = 7");
        }
        try (Library library = Library.open(file)) {
            assertEquals(articles, library.articleCount());
            assertTrue(!library.search("扩散", ArticleFilter.ALL, 0).isEmpty(), "the index was written again");
            assertTrue(!library.search("散", ArticleFilter.ALL, 0).isEmpty(), "one character: a prefix");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'search_tri'")) {
                assertEquals(0, rs.getInt(1), "the trigram index is gone");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM search_bi_docsize")) {
                assertEquals(articles, rs.getInt(1), "one bigram row per article");
            }
        }
    }
}
