package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kexuereader.library.Library;
import kexuereader.testing.ReadOnlyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's import of a pipe dropped on it, alone or in a folder: before the fix "Importing x.txt (1 of 1)"
 * stayed forever and no later import ran; a pipe in a folder was skipped without a word.
 */
class ImportModelInputsTest {

    @TempDir
    Path dir;

    @Test
    void aPipeIsReportedAsRejectedAtOnce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dumps"));
        Files.copy(Path.of("seeds/000_e3142876857722e2.txt"), folder.resolve("a.txt"));
        Path pipe = folder.resolve("b.txt");
        assertEquals(0, ReadOnlyFiles.run("mkfifo", pipe.toString()));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ImportModel model = new ImportModel(library);
            List<Path> files = ImportModel.expand(List.of(folder));
            assertEquals(List.of(folder.resolve("a.txt"), pipe), files, "the pipe is listed, to be reported");
            List<ImportModel.Outcome> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> files.stream().map(model::importOne).toList());
            assertTrue(outcomes.get(0).accepted(), outcomes.get(0).summary());
            assertFalse(outcomes.get(1).accepted());
            assertTrue(outcomes.get(1).summary().startsWith("rejected b.txt: is not a regular file"),
                    outcomes.get(1).summary());
        }
    }
}
