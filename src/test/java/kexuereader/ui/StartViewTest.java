package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;
import kexuereader.testing.SeedLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article the start-up opens on, picked with the first view on the library's thread (its page is then built
 * before the window exists): the one open when the window closed, else the newest with text, else none.
 */
class StartViewTest {

    @TempDir
    Path dir;

    @Test
    void theLastArticleIsOpenedAgainAsTheReadersChoice() throws Exception {
        SeedLibrary.copyTo(dir.resolve("library.db"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            String third = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 5).get(2).id();
            assertEquals(new StartView.Opening(third, true), StartView.read(library, third).opening());
        }
    }

    @Test
    void withoutALastArticleTheNewestWithTextIsOpenedUnasked() throws Exception {
        SeedLibrary.copyTo(dir.resolve("library.db"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertTrue(library.importFile(
                    Path.of("src/test/resources/kexuereader/ingest/pages/archive-index-2023-2025.md"), null).accepted());
            List<ArticleSummary> newest = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 5000);
            assertTrue(newest.get(0).indexOnly(), "the list's first row is an index-only post: " + newest.get(0));
            String held = newest.stream().filter(a -> !a.indexOnly()).findFirst().orElseThrow().id();
            assertEquals(new StartView.Opening(held, false), StartView.read(library).opening());
            // a last article the library no longer holds counts as none
            assertEquals(new StartView.Opening(held, false), StartView.read(library, "0123456789ab").opening());
        }
    }

    @Test
    void anEmptyLibraryOpensNothingItself() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertNull(StartView.read(library).opening(), "the window imports the sample, then opens its article");
        }
    }
}
