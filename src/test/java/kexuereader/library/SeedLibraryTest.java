package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import kexuereader.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seed dumps imported into a library give exactly the 32 articles of the golden export, whatever the
 * order of import, and importing them again changes nothing.
 */
class SeedLibraryTest {

    static final Path GOLDEN = Path.of("src/test/resources/kexuereader/library/seeds.export.yaml");

    @TempDir
    Path dir;

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String importAndExport(Path libraryFile, List<Path> files) {
        try (Library library = Library.open(libraryFile)) {
            for (Path f : files) {
                assertTrue(library.importFile(f, null).accepted());
            }
            return ExportFixture.export(library);
        }
    }

    @Test
    void theSeedsGiveTheGoldenArticles() throws IOException {
        String export = importAndExport(dir.resolve("library.db"), seeds());
        Golden.assertMatches(GOLDEN, export);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertEquals(32, library.articleCount());
        }
    }

    @Test
    void importReportsEntriesAndNewArticles() throws IOException {
        try (Library library = Library.open(dir.resolve("l.db"))) {
            List<String> lines = new ArrayList<>();
            for (Path f : seeds()) {
                lines.add(library.importFile(f, null).summary());
            }
            assertEquals(List.of(
                    "imported 000_e3142876857722e2.txt: 8 entries, 8 new articles",
                    "imported 001_95bb87b542fe4540.txt: 8 entries, 6 new articles",
                    "imported 002_55cfdcb7eb7001e4.txt: 7 entries, 7 new articles",
                    "imported 003_fb4d3f66c4655120.txt: 5 entries, 3 new articles",
                    "imported 004_89c2599345ba7199.txt: 8 entries, 8 new articles"), lines);
        }
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws IOException {
        Path db = dir.resolve("again.db");
        String first = importAndExport(db, seeds());
        try (Library library = Library.open(db)) {
            for (Path f : seeds()) {
                ImportResult r = library.importFile(f, null);
                assertTrue(r.alreadyPresent());
                assertEquals(0, r.newArticles());
            }
            assertEquals(first, ExportFixture.export(library));
            assertEquals(5, library.sources().size());
        }
    }

    @Test
    void anyImportOrderGivesTheSameArticlesAndIds() throws IOException {
        List<Path> files = new ArrayList<>(seeds());
        String reference = importAndExport(dir.resolve("ref.db"), files);
        Random random = new Random(20241122L);
        for (int round = 0; round < 6; round++) {
            List<Path> order = new ArrayList<>(files);
            if (round == 0) {
                Collections.reverse(order);
            } else {
                Collections.shuffle(order, random);
            }
            String export = importAndExport(dir.resolve("order-" + round + ".db"), order);
            assertEquals(reference, export, "import order " + order);
        }
    }
}
