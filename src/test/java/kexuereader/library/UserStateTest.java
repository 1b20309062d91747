package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kexuereader.model.ArticleSummary;
import kexuereader.model.Dump;
import kexuereader.testing.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read state, stars and reading positions belong to the user: re-imports and re-merges keep them. */
class UserStateTest {

    @TempDir
    Path dir;

    @Test
    void stateIsKeptAndCounted() {
        try (Library library = Library.open(dir.resolve("l.db"))) {
            library.importDump(Dumps.listing("a.txt")
                    .entry("文章甲:一个标题", "2024-01-01", 10, "第一篇文章的开头,足够长的摘录文字。")
                    .entry("文章乙:另一个标题", "2024-01-02", 20, "第二篇文章的开头,也是足够长的摘录。").dump(), null);
            String a = library.idForTitle("文章甲:一个标题").orElseThrow();
            assertEquals(UserState.NEW, library.userState(a));
            assertEquals(2, library.count(ArticleFilter.unreadOnly()));
            library.setRead(a, true);
            library.setStarred(a, true);
            library.savePosition(a, "3:0.25");
            assertEquals(new UserState(true, true, "3:0.25"), library.userState(a));
            assertEquals(1, library.count(ArticleFilter.unreadOnly()));
            assertEquals(1, library.count(ArticleFilter.starredOnly()));
            ArticleSummary s = library.list(ArticleFilter.starredOnly(), SortOrder.DATE, false, 0, 0).get(0);
            assertTrue(s.read() && s.starred());
            library.setRead(a, false);
            assertEquals(new UserState(false, true, "3:0.25"), library.userState(a), "undo keeps the rest");

            library.rebuild();
            assertEquals(new UserState(false, true, "3:0.25"), library.userState(a), "a rebuild keeps the state");
        }
    }

    @Test
    void stateFollowsAnArticleWhoseIdChangesInAReMerge() {
        try (Library library = Library.open(dir.resolve("l.db"))) {
            // the first dump holds only a short excerpt; a later one the longer start of the same article
            Dump shortOne = Dumps.listing("short.txt").entry("生成扩散模型漫谈(三十):新的开始", "2025-06-01", 100,
                    "这是一个很短的摘录呀").dump();
            library.importDump(shortOne, null);
            String before = library.idForTitle("生成扩散模型漫谈(三十):新的开始").orElseThrow();
            library.setStarred(before, true);
            library.setRead(before, true);
            library.savePosition(before, "2:0.5");

            Dump longer = Dumps.listing("long.txt").entry("生成扩散模型漫谈(三十):新的开始", "2025-06-01", 300,
                    "这是一个很短的摘录呀,后来的转储里它更长了,所以摘录的开头多出了很多文字。").dump();
            library.importDump(longer, null);
            String after = library.idForTitle("生成扩散模型漫谈(三十):新的开始").orElseThrow();
            assertNotEquals(before, after, "the longer excerpt start gives the article a new id");
            assertEquals(1, library.articleCount());
            assertEquals(new UserState(true, true, "2:0.5"), library.userState(after));
            assertEquals(UserState.NEW, library.userState(before), "nothing is left under the old id");
            assertEquals(List.of(after), library.list(ArticleFilter.starredOnly(), SortOrder.DATE, false, 0, 0)
                    .stream().map(ArticleSummary::id).toList());
        }
    }

    @Test
    void backlinksAndMonthlyCounts() throws Exception {
        try (Library library = Library.open(dir.resolve("l.db"))) {
            try (var s = java.nio.file.Files.list(Path.of("seeds"))) {
                for (Path p : s.sorted().toList()) {
                    library.importFile(p, null);
                }
            }
            String part25 = library.idForTitle("生成扩散模型漫谈(二十五):基于恒等式的蒸馏(上)").orElseThrow();
            List<String> citing = library.referencedBy(part25).stream().map(ArticleSummary::displayTitle).toList();
            assertEquals(List.of("生成扩散模型漫谈(二十六):基于恒等式的蒸馏(下)"), citing);
            List<MonthCount> months = library.monthCounts();
            assertEquals(24, months.stream().mapToInt(MonthCount::articles).sum(), "the 24 articles of known year");
            assertTrue(months.contains(new MonthCount(2024, 4, "生成扩散模型漫谈", 3)), months.toString());
        }
    }
}
