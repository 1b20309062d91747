package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kexuereader.model.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post known only from the archive index has no text in the library: it is never unread — not in the
 * sidebar's count, not under the Unread filter — even when marked read and unread again.
 */
class IndexOnlyUnreadTest {

    @TempDir
    Path dir;

    @Test
    void postsKnownOnlyFromTheIndexAreNotUnread() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importFile(Path.of("seeds/000_e3142876857722e2.txt"), null);
            library.importFile(FullArticlesTest.PAGES.resolve("kexue-10162.md"), null);
            library.importFile(FullArticlesTest.PAGES.resolve("archive-index-2023-2025.md"), null);
            List<ArticleSummary> all = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 10_000);
            long indexOnly = all.stream().filter(ArticleSummary::indexOnly).count();
            long withText = all.size() - indexOnly;
            assertTrue(indexOnly > 100, "the index makes its posts known: " + indexOnly);
            assertTrue(withText >= 2, "the seed and the page hold text");

            assertEquals(withText, library.count(ArticleFilter.unreadOnly()), "the sidebar's count");
            List<ArticleSummary> unread = library.list(ArticleFilter.unreadOnly(), SortOrder.DATE, false, 0, 10_000);
            assertEquals(withText, unread.size(), "the Unread filter");
            assertTrue(unread.stream().noneMatch(ArticleSummary::indexOnly));

            // marking an index-only post read, then unread, changes neither
            String known = all.stream().filter(ArticleSummary::indexOnly).findFirst().orElseThrow().id();
            library.setRead(known, true);
            assertEquals(withText, library.count(ArticleFilter.unreadOnly()), "read: the count is the same");
            library.setRead(known, false);
            assertEquals(withText, library.count(ArticleFilter.unreadOnly()), "unread again: the same");

            // reading an article with text counts
            String page = unread.get(0).id();
            library.setRead(page, true);
            assertEquals(withText - 1, library.count(ArticleFilter.unreadOnly()));
            assertEquals(withText - 1, library.list(ArticleFilter.unreadOnly(), SortOrder.DATE, false, 0, 10_000).size());
        }
    }
}
