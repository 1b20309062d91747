package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import kexuereader.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's import runs in batches, as the command line's does (many files a call on the write lane, parsed
 * ahead, many a transaction: before, one file a call and a transaction), with the outcomes file by file
 * importing gives — refused, rejected and repeated files included — progress per file, and no more batches
 * once the window is closed. Without the toolkit: the service runs its calls where the test says.
 */
class ImportControllerTest {

    @TempDir
    Path dir;

    /** More files than one call takes: listing dumps (each made another by trailing lines), a page, bad files. */
    private List<Path> files() throws IOException {
        List<Path> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            seeds = s.sorted().toList();
        }
        Path folder = Files.createDirectories(dir.resolve("dumps"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < ImportController.FILES_PER_CALL + 10; i++) {
            String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8) + "\n".repeat(i);
            files.add(Files.writeString(folder.resolve(String.format("d%03d.txt", i)), text));
        }
        files.add(3, Files.write(folder.resolve("binary.md"), new byte[] {0, 1, 2, 0, 3}));
        files.add(7, files.get(1)); // the same bytes again
        files.add(9, folder.resolve("missing.txt"));
        files.add(Path.of("src/test/resources/kexuereader/ingest/pages/kexue-10162.md"));
        return files;
    }

    /** A library that refuses to write the source of one file, as a full disk or a damaged file would. */
    private Library refusing(Path db, String refused) throws SQLException {
        Library.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON source WHEN NEW.file_name = '" + refused
                    + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }
        return Library.open(db);
    }

    private static void delete(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    @Test
    void batchesGiveTheOutcomesOfFileByFileWithProgressPerFile() throws IOException, SQLException {
        List<Path> files = files();
        assertTrue(Files.exists(files.get(files.size() - 1)), "the page sample is where the test looks");
        Path db = dir.resolve("library.db");
        List<ImportModel.Outcome> expected = new ArrayList<>();
        try (Library library = refusing(db, "d070.txt")) {
            ImportModel model = new ImportModel(library);
            files.forEach(f -> expected.add(model.importOne(f)));
        }
        delete(db);
        assertTrue(expected.stream().anyMatch(o -> o.summary().contains("refused by the test")), "a refused file");
        assertTrue(expected.stream().filter(o -> !o.accepted()).count() >= 3, "rejected files");

        try (Library library = refusing(db, "d070.txt")) {
            List<Runnable> calls = new ArrayList<>();
            Executor lanes = task -> {
                calls.add(task);
                task.run();
            };
            ImportController importer = new ImportController(LibraryService.on(library, lanes, Runnable::run));
            List<Double> progress = new ArrayList<>();
            importer.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
            AtomicReference<List<ImportModel.Outcome>> report = new AtomicReference<>();
            assertTrue(importer.importFiles(files, report::set));

            assertEquals(expected, report.get());
            assertEquals(2, calls.size(), "two calls for " + files.size() + " files, not one a file");
            List<Double> perFile = new ArrayList<>();
            for (int i = 1; i <= files.size(); i++) {
                perFile.add(i / (double) files.size());
            }
            assertEquals(perFile, progress, "progress moves file by file");
            assertFalse(importer.importingProperty().get());
            assertEquals("", importer.messageProperty().get());
        }
    }

    @Test
    void closingTheWindowStopsTheImportAfterTheBatchUnderWay() throws IOException {
        List<Path> files = files();
        try (Library library = Library.open(dir.resolve("library.db"))) {
            List<Runnable> queued = new ArrayList<>();
            LibraryService service = LibraryService.on(library, queued::add, Runnable::run);
            ImportController importer = new ImportController(service);
            AtomicReference<List<ImportModel.Outcome>> report = new AtomicReference<>();
            assertTrue(importer.importFiles(files, report::set));
            assertEquals(1, queued.size());
            assertTrue(importer.messageProperty().get().contains("(1 of " + files.size() + ")"),
                    importer.messageProperty().get());
            queued.remove(0).run();
            assertEquals(ImportController.FILES_PER_CALL / (double) files.size(), importer.progressProperty().get(),
                    1e-9);
            assertEquals(1, queued.size(), "the next batch");
            service.close();
            queued.remove(0).run(); // asked for before the closing: a write is kept, its results are not shown
            assertTrue(queued.isEmpty(), "no batch after the closing");
            assertNull(report.get(), "no report for a closed window");
            assertEquals(ImportController.FILES_PER_CALL / (double) files.size(), importer.progressProperty().get(),
                    1e-9);
        }
    }
}
