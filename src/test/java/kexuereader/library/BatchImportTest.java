package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Library#importFiles} gives what {@link Library#importFile} gives file by file — the same results in the
 * same order and the same articles — whatever the size of its transactions; and a file that cannot be written
 * leaves the files before it imported and handed on, itself and the rest not imported.
 */
class BatchImportTest {

    @TempDir
    Path dir;

    /** Seeds and page samples, with a file met twice, a file already imported, and files that are rejected. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(FullArticlesTest.seeds());
        files.addAll(FullArticlesTest.samples());
        files.add(files.get(2)); // the same bytes again, inside the same import
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.md"), new byte[] {0, 1, 2, 0, 3});
        files.add(4, empty);
        files.add(binary);
        files.add(dir.resolve("missing.txt"));
        return files;
    }

    private List<ImportResult> oneByOne(Library library, List<Path> files) {
        List<ImportResult> results = new ArrayList<>();
        for (Path f : files) {
            results.add(library.importFile(f, null));
        }
        return results;
    }

    @Test
    void batchesGiveWhatFileByFileGives() throws IOException {
        List<Path> files = files();
        List<ImportResult> expected;
        String expectedArticles;
        try (Library library = Library.open(dir.resolve("one.db"))) {
            library.importFile(files.get(0), null); // imported before: known by its hash in both libraries
            expected = oneByOne(library, files);
            expectedArticles = ExportFixture.export(library);
        }
        assertTrue(expected.stream().anyMatch(r -> !r.accepted()), "the list holds rejected files");
        assertTrue(expected.stream().filter(ImportResult::alreadyPresent).count() >= 2, "and files already there");
        for (int batch : List.of(1, 3, Library.BATCH_FILES)) {
            try (Library library = Library.open(dir.resolve("batch" + batch + ".db"))) {
                library.importFile(files.get(0), null);
                List<ImportResult> results = new ArrayList<>();
                library.importFiles(files, null, results::add, batch);
                assertEquals(expected, results, "batches of " + batch);
                assertEquals(expectedArticles, ExportFixture.export(library), "batches of " + batch);
                // and again: every file is known now
                List<ImportResult> again = new ArrayList<>();
                library.importFiles(files, null, again::add, batch);
                assertEquals(oneByOne(library, files), again);
            }
        }
    }

    @Test
    void aFileThatCannotBeWrittenStopsTheImportAfterTheFilesBeforeIt() throws IOException, SQLException {
        List<Path> files = new ArrayList<>(FullArticlesTest.seeds());
        files.addAll(FullArticlesTest.samples());
        String refused = files.get(6).getFileName().toString();
        Path db = dir.resolve("refusing.db");
        Library.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON source WHEN NEW.file_name = '" + refused
                    + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }
        List<ImportResult> handed = new ArrayList<>();
        try (Library library = Library.open(db)) {
            LibraryException e = assertThrows(LibraryException.class,
                    () -> library.importFiles(files, null, handed::add, 4));
            assertTrue(e.getMessage().contains("refused by the test"), e::getMessage);
            assertEquals(files.subList(0, 6).stream().map(f -> f.getFileName().toString()).toList(),
                    handed.stream().map(ImportResult::fileName).toList());
            assertTrue(handed.stream().allMatch(r -> r.accepted() && !r.alreadyPresent()));
            String after = ExportFixture.export(library);
            try (Library reference = Library.open(dir.resolve("reference.db"))) {
                oneByOne(reference, files.subList(0, 6));
                assertEquals(ExportFixture.export(reference), after, "exactly the files before it are imported");
            }
            // the refused file and the ones after it were not imported
            for (Path f : files.subList(7, files.size())) {
                assertFalse(library.importFile(f, null).alreadyPresent(), f::toString);
            }
        }
    }
}
