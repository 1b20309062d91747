package kexuereader.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kexuereader.ingest.DumpParser;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.model.Article;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.DumpFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic, writes dumps the parser reads as they were meant, and its overlaps merge. */
class SyntheticArchiveTest {

    @Test
    void sameSizeAndSeedGiveTheSameBytes() {
        SyntheticArchive a = SyntheticArchive.generate(300, SyntheticArchive.DEFAULT_SEED);
        SyntheticArchive b = SyntheticArchive.generate(300, SyntheticArchive.DEFAULT_SEED);
        assertEquals(a.files().size(), b.files().size());
        for (int i = 0; i < a.files().size(); i++) {
            assertEquals(a.files().get(i).name(), b.files().get(i).name());
            assertArrayEquals(a.files().get(i).bytes(), b.files().get(i).bytes());
        }
        SyntheticArchive other = SyntheticArchive.generate(300, 7);
        assertNotEquals(a.files().get(0).name(), other.files().get(0).name());
    }

    @Test
    void everyFileParsesAsWritten() {
        SyntheticArchive archive = SyntheticArchive.generate(400, SyntheticArchive.DEFAULT_SEED);
        Set<DumpFormat> formats = new HashSet<>();
        Set<String> encodings = new HashSet<>();
        for (SyntheticArchive.DumpFile f : archive.files()) {
            Dump d = DumpParser.parse(f.name(), f.bytes());
            assertFalse(d.rejected(), f.name() + ": " + d.rejection());
            assertEquals(f.format(), d.format(), f.name());
            assertEquals(f.entries(), d.entries().size(), f.name());
            assertTrue(d.diagnostics().stream().noneMatch(x -> x.severity() == Diagnostic.Severity.WARNING),
                    f.name() + ": " + d.diagnostics());
            assertTrue(f.entries() >= 1 && f.entries() <= 20, f.name());
            formats.add(d.format());
            encodings.add(d.encoding());
        }
        assertEquals(Set.of(DumpFormat.LISTING, DumpFormat.ARCHIVE), formats);
        assertTrue(encodings.size() >= 2, encodings.toString());
    }

    @Test
    void importingGivesExactlyTheGeneratedArticles(@TempDir Path dir) throws Exception {
        int n = 600;
        SyntheticArchive archive = SyntheticArchive.generate(n, SyntheticArchive.DEFAULT_SEED);
        archive.writeTo(dir.resolve("dumps"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            for (SyntheticArchive.DumpFile f : archive.files()) {
                library.importFile(dir.resolve("dumps").resolve(f.name()), null);
            }
            assertEquals(n, library.count(ArticleFilter.ALL));
            List<Article> all = library.allArticles();
            assertTrue(all.stream().allMatch(a -> a.date().isYearKnown()), "every year is known or anchored");
            assertTrue(all.stream().anyMatch(a -> !a.aliases().isEmpty()), "renamed titles are kept as aliases");
            assertTrue(all.stream().anyMatch(a -> a.sources().size() >= 3), "listing, later listing and archive");
            assertTrue(library.series().size() >= 5, "numbered series");
            assertTrue(all.stream().noneMatch(Article::titleDerived), "every article is titled somewhere");
            for (Article a : all) {
                SyntheticArchive.Article g = archive.articles().stream()
                        .filter(x -> a.body().startsWith(x.paragraphs().get(0))).findFirst().orElseThrow();
                assertEquals(g.date().getYear(), a.date().year(), a.displayTitle());
            }
        }
    }

    @Test
    void partNumbersInChinese() {
        assertEquals("一", SyntheticArchive.chinese(1));
        assertEquals("十", SyntheticArchive.chinese(10));
        assertEquals("十七", SyntheticArchive.chinese(17));
        assertEquals("二十", SyntheticArchive.chinese(20));
        assertEquals("九十九", SyntheticArchive.chinese(99));
    }
}
