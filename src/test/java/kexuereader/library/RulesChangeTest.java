package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import kexuereader.ingest.SeriesRules;
import kexuereader.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change of the series rules re-derives a library the next time it is opened, also one with several
 * articles on one day (every real library); opening never waits for another process's write.
 */
class RulesChangeTest {

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void importThreeArticlesOfOneDay() throws Exception {
        file = dir.resolve("library.db");
        Path dump = Files.writeString(dir.resolve("day.txt"), """
                细水长flow之NICE:流模型的基本概念与实现
                By 苏剑林 | 2018-08-11 | 100位读者 | 引用第一篇的正文,讲流模型。
                细水长flow之RealNVP与Glow:流模型的传承与升华
                By 苏剑林 | 2018-08-11 | 90位读者 | 引用第二篇的正文,讲耦合层。
                同一天的另一篇文章
                By 苏剑林 | 2018-08-11 | 80位读者 | 引用第三篇的正文,与流无关。
                最近评论
                """, StandardCharsets.UTF_8);
        try (Library library = Library.open(file)) {
            library.importFile(dump, null);
            assertEquals(2, library.count(ArticleFilter.series("细水长flow")));
        }
    }

    private List<Article> articles(Library library) {
        return library.allArticles();
    }

    @Test
    void disablingARuleLaterAppliesOnTheNextOpen() throws Exception {
        Files.writeString(dir.resolve(SeriesRules.USER_FILE), "disable: [flow-series]\n");
        try (Library library = Library.open(file)) {
            assertEquals(List.of(), library.warnings());
            assertEquals(3, library.articleCount());
            assertTrue(articles(library).stream().allMatch(a -> a.series() == null), "no series any more");
        }
    }

    @Test
    void aRebuildKeepsEveryArticleOfADay() {
        try (Library library = Library.open(file)) {
            String id = library.idForTitle("同一天的另一篇文章").orElseThrow();
            library.setStarred(id, true);
            library.rebuild();
            assertEquals(3, library.articleCount());
            assertTrue(library.userState(id).starred());
        }
    }

    @Test
    void notSeriesIsPartOfTheRules() throws Exception {
        try (Library library = Library.open(file)) {
            assertEquals(List.of(), library.warnings());
        }
        Files.writeString(dir.resolve(SeriesRules.USER_FILE), "not-series: ['NICE']\n");
        try (Library library = Library.open(file)) {
            Article nice = library.article(library.idForTitle("细水长flow之NICE:流模型的基本概念与实现").orElseThrow())
                    .orElseThrow();
            assertNull(nice.series(), "a title the user says is no series is re-derived without one");
            assertEquals(1, library.count(ArticleFilter.series("细水长flow")));
        }
    }

    @Test
    void openingDoesNotWaitForAnotherProcessWriting() throws Exception {
        Files.writeString(dir.resolve(SeriesRules.USER_FILE), "disable: [flow-series]\n");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE"); // another process's import holds the write lock
                try (Library reader = Library.open(file)) {
                    assertEquals(3, reader.articleCount(), "the articles as they are can be read at once");
                    assertTrue(reader.warnings().stream().anyMatch(w -> w.contains("another process is writing")),
                            reader.warnings().toString());
                    assertEquals(2, reader.count(ArticleFilter.series("细水长flow")), "not re-derived yet");
                }
                s.execute("ROLLBACK");
            }
        }
        try (Library library = Library.open(file)) {
            assertEquals(List.of(), library.warnings());
            assertEquals(0, library.count(ArticleFilter.series("细水长flow")), "applied once the file was free");
        }
    }
}
