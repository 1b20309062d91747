package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import kexuereader.model.Article;
import kexuereader.model.Block;
import kexuereader.model.Content;
import kexuereader.model.ReaderCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds merged with the real article pages and the archive index: full bodies join the listing entries of
 * the same post, the index makes every post known and gives yearless home-page entries their year, and the
 * result does not depend on the order of the files nor on importing them twice.
 */
class FullArticlesTest {

    static final Path PAGES = Path.of("src/test/resources/kexuereader/ingest/pages");

    @TempDir
    Path dir;

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static List<Path> samples() {
        return Stream.of("kexue-10040.md", "kexue-10055.txt", "kexue-10162.md", "kexue-10352.md", "kexue-9444.txt",
                "archive-index-2023-2025.md").map(PAGES::resolve).toList();
    }

    private Library libraryOf(String name, List<Path> files) {
        Library library = Library.open(dir.resolve(name));
        for (Path f : files) {
            assertTrue(library.importFile(f, null).accepted(), f::toString);
        }
        return library;
    }

    private static List<Article> titled(Library library, String start) {
        return library.allArticles().stream().filter(a -> a.displayTitle().replace('：', ':').replace('（', '(')
                .replace('）', ')').startsWith(start)).toList();
    }

    @Test
    void pagesJoinTheListingEntriesOfTheirPost() throws IOException {
        List<Path> files = new ArrayList<>(seeds());
        files.addAll(samples());
        try (Library library = libraryOf("a.db", files)) {
            List<Article> rope = titled(library, "Transformer升级之路:17");
            assertEquals(1, rope.size(), rope::toString);
            Article a = rope.get(0);
            assertEquals(Content.FULL, a.content());
            assertFalse(a.excerptOnly());
            assertEquals(10040, a.post().blogId());
            assertTrue(a.blocks().stream().anyMatch(b -> b instanceof Block.Heading h && h.text().equals("文章小结")));
            assertEquals(List.of("001_95bb87b542fe4540.txt", "kexue-10040.md"),
                    a.readerHistory().stream().map(ReaderCount::source).toList(), "the listing's count and the page's");
            assertEquals(90795, a.readers());

            List<Article> diffusion = titled(library, "生成扩散模型漫谈(二十三)");
            assertEquals(1, diffusion.size(), diffusion::toString);
            Article d = diffusion.get(0);
            assertEquals(Content.FULL, d.content());
            assertEquals(10055, d.post().blogId());
            assertEquals(31926, d.readers(), "the flattened page shows no count: the listing's stays");
            assertTrue(d.sources().contains("000_e3142876857722e2.txt"));

            Article eight = titled(library, "Transformer升级之路:8").get(0);
            assertEquals(2023, eight.date().year());
            assertTrue(eight.sources().contains("004_89c2599345ba7199.txt"));
        }
    }

    @Test
    void withoutThePagesTheHomeDumpEntryStaysYearless() throws IOException {
        try (Library library = libraryOf("seeds.db", seeds())) {
            List<Article> eight = titled(library, "Transformer升级之路:8");
            assertEquals(1, eight.size());
            assertNull(eight.get(0).date().year(), "the premise: seed 004 alone does not date it");
        }
        try (Library library = libraryOf("index.db", Stream.concat(seeds().stream(),
                Stream.of(PAGES.resolve("archive-index-2023-2025.md"))).toList())) {
            Article eight = titled(library, "Transformer升级之路:8").get(0);
            assertEquals(2023, eight.date().year(), "the index alone dates it");
            assertEquals(Content.EXCERPT, eight.content());
            assertEquals(9444, eight.post().blogId());
        }
    }

    @Test
    void theIndexMakesEveryPostKnownAndThoseWithoutTextAreIndexOnly() throws IOException {
        List<Path> files = new ArrayList<>(seeds());
        files.addAll(samples());
        try (Library library = libraryOf("a.db", files)) {
            List<Article> all = library.allArticles();
            long fromIndex = all.stream().filter(a -> a.sources().contains("archive-index-2023-2025.md")).count();
            assertEquals(164, fromIndex);
            long indexOnly = all.stream().filter(Article::indexOnly).count();
            long withText = all.stream().filter(a -> a.sources().contains("archive-index-2023-2025.md")
                    && !a.indexOnly()).count();
            assertEquals(164, indexOnly + withText);
            assertTrue(all.stream().filter(Article::indexOnly).allMatch(a -> a.excerptOnly() && a.paragraphs().isEmpty()
                    && a.post().blogId() != null && a.date().isYearKnown()));
        }
    }

    @Test
    void anyOrderAndImportingTwiceGiveTheSameLibrary() throws IOException {
        List<Path> files = new ArrayList<>(seeds());
        files.addAll(samples());
        String forward;
        try (Library library = libraryOf("f.db", files)) {
            forward = ExportFixture.export(library);
        }
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        List<Path> twice = new ArrayList<>(reversed);
        twice.addAll(files);
        try (Library library = libraryOf("r.db", twice)) {
            assertEquals(forward, ExportFixture.export(library));
        }
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new java.util.Random(12));
        try (Library library = libraryOf("s.db", shuffled)) {
            assertEquals(forward, ExportFixture.export(library));
        }
    }

    @Test
    void seriesGapsAndCountsFollowTheIndex() throws IOException {
        List<Path> files = new ArrayList<>(seeds());
        files.addAll(samples());
        try (Library library = libraryOf("a.db", files)) {
            SeriesOverview rope = library.seriesOverview("Transformer升级之路");
            for (SeriesOverview.Slot slot : rope.slots()) {
                if (slot.part() != null && slot.part() >= 8) { // the index covers 2023-2025: parts 8 on
                    assertTrue(slot.article() != null, "part " + slot.label() + " is known from the index");
                    assertEquals(slot.article().indexOnly(), slot.isGap(), slot::toString);
                    assertEquals(slot.isGap(), slot.onKexue());
                }
            }
            List<String> held = rope.slots().stream().filter(x -> !x.isGap()).map(SeriesOverview.Slot::label).toList();
            assertTrue(held.containsAll(List.of("8", "17", "18")), held::toString);
            assertTrue(rope.slots().stream().anyMatch(SeriesOverview.Slot::onKexue));
            SeriesSummary summary = library.series().stream().filter(x -> x.name().equals("Transformer升级之路"))
                    .findFirst().orElseThrow();
            assertEquals(held.size(), summary.articles());
            assertEquals(rope.articles().size(), summary.known());
            assertTrue(summary.known() > summary.articles());

            LibraryStats.YearCount y2025 = library.years().stream().filter(y -> Integer.valueOf(2025).equals(y.year()))
                    .findFirst().orElseThrow();
            assertEquals(60, y2025.known(), "the index's 60 posts of 2025");
            assertEquals(library.allArticles().stream().filter(a -> Integer.valueOf(2025).equals(a.date().year())
                    && !a.indexOnly()).count(), y2025.articles());
        }
    }
}
