package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import kexuereader.testing.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts are kept between changes, and follow every change: this library's own, and another process's. */
class CountsTest {

    @TempDir
    Path dir;

    @Test
    void countsFollowEveryChange() {
        Path file = dir.resolve("l.db");
        try (Library library = Library.open(file); Library other = Library.open(file)) {
            library.importDump(Dumps.listing("a.txt")
                    .entry("文章甲:一个标题", "2024-01-01", 10, "第一篇文章的开头,足够长的摘录文字。")
                    .entry("文章乙:另一个标题", "2024-01-02", 20, "第二篇文章的开头,也是足够长的摘录。").dump(), null);
            assertEquals(2, library.articleCount());
            assertEquals(2, library.count(ArticleFilter.unreadOnly()));
            assertEquals(2, library.count(ArticleFilter.unreadOnly()), "asked again, same answer");

            String a = library.idForTitle("文章甲:一个标题").orElseThrow();
            library.setRead(a, true);
            assertEquals(1, library.count(ArticleFilter.unreadOnly()), "after this library's own write");

            // another connection to the file (another window, a command-line import) writes
            other.importDump(Dumps.listing("b.txt")
                    .entry("文章丙:第三个标题", "2024-02-03", 30, "第三篇文章的开头,又是一段足够长的摘录。").dump(), null);
            assertEquals(3, library.articleCount(), "after another connection's import");
            assertEquals(2, library.count(ArticleFilter.unreadOnly()));
            other.setRead(library.idForTitle("文章丙:第三个标题").orElseThrow(), true);
            assertEquals(1, library.count(ArticleFilter.unreadOnly()), "after another connection's read mark");
            assertEquals(3, library.count(ArticleFilter.year(2024)), "other filters are counted too");
            assertEquals(1, library.count(ArticleFilter.month(2024, 2)));
        }
    }
}
