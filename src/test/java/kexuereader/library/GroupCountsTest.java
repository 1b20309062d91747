package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kexuereader.model.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar's counts of each series and year, read in a few grouped queries, are those of the list's filters:
 * the articles with text (index-only posts are known, not held), and of them the unread ones (the held less
 * those marked read), the unknown year included.
 */
class GroupCountsTest {

    @TempDir
    Path dir;

    @Test
    void eachSeriesAndYearCountsAsItsFilterDoes() throws IOException {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            try (var seeds = Files.list(Path.of("seeds"))) {
                seeds.sorted().forEach(f -> library.importFile(f, null));
            }
            library.importFile(FullArticlesTest.PAGES.resolve("archive-index-2023-2025.md"), null);
            List<ArticleSummary> all = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 0);
            assertTrue(all.stream().anyMatch(ArticleSummary::indexOnly), "index-only posts");
            // some read in series and out of them, an index-only post marked read (it is never unread)
            for (ArticleSummary a : all.stream().filter(a -> !a.indexOnly()).limit(9).toList()) {
                library.setRead(a.id(), true);
            }
            library.setRead(all.stream().filter(ArticleSummary::indexOnly).findFirst().orElseThrow().id(), true);

            Library.ReadCounts read = library.readCounts();
            List<SeriesSummary> series = library.series();
            assertTrue(series.size() > 3, "series: " + series.size());
            assertTrue(series.stream().anyMatch(s -> read.series(s.name()) > 0), "a series with read articles");
            for (SeriesSummary s : series) {
                ArticleFilter f = ArticleFilter.series(s.name());
                assertEquals(library.count(f), s.known(), "known: " + s.name());
                assertEquals(held(library, f), s.articles(), "held: " + s.name());
                assertEquals(library.count(unread(f)), s.articles() - read.series(s.name()), "unread: " + s.name());
            }
            List<LibraryStats.YearCount> years = library.years();
            assertTrue(years.size() > 1, "years: " + years);
            for (LibraryStats.YearCount y : years) {
                ArticleFilter f = y.year() == null ? ArticleFilter.yearUnknown() : ArticleFilter.year(y.year());
                assertEquals(library.count(f), y.known(), "known: " + y.year());
                assertEquals(held(library, f), y.articles(), "held: " + y.year());
                assertEquals(library.count(unread(f)), y.articles() - read.year(y.year()), "unread: " + y.year());
            }
            assertEquals(all.size(), years.stream().mapToInt(LibraryStats.YearCount::known).sum(), "known");
        }
    }

    private static int held(Library library, ArticleFilter f) {
        return (int) library.list(f, SortOrder.DATE, false, 0, 0).stream().filter(a -> !a.indexOnly()).count();
    }

    private static ArticleFilter unread(ArticleFilter f) {
        return new ArticleFilter(f.series(), f.year(), f.month(), f.unknownYear(), true, f.starred());
    }
}
