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
            assertTrue(outcomes.get(0).summary().matches("imported a\\.txt: \\d+ entries, \\d+ new articles"),
                    outcomes.get(0).summary());
            // the report speaks the window's language, not the library's English
            Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
            try {
                Path again = Files.copy(Path.of("seeds/001_95bb87b542fe4540.txt"), folder.resolve("c.txt"));
                String zh = model.importOne(again).summary();
                assertTrue(zh.matches("已导入 c\\.txt：\\d+ 个条目，\\d+ 篇新文章"), zh);
            } finally {
                Messages.use(java.util.Locale.ENGLISH);
            }
            assertFalse(outcomes.get(1).accepted());
            assertTrue(outcomes.get(1).summary().startsWith("rejected b.txt: is not a regular file"),
                    outcomes.get(1).summary());
        }
    }

    /**
     * The window and the command line expand a folder by one rule (ImportFiles): the same captures in the same
     * order; a folder named like a capture and other files are left out; a pipe is listed by the window, to be
     * reported, and noted by the command line.
     */
    @Test
    void theWindowAndTheCommandLineTakeTheSameFilesFromAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Path.of("seeds/000_e3142876857722e2.txt"), folder.resolve("b.txt"));
        Files.copy(Path.of("seeds/001_95bb87b542fe4540.txt"), folder.resolve("A.TXT"));
        Files.copy(Path.of("seeds/002_55cfdcb7eb7001e4.txt"), folder.resolve("c.html"));
        Files.createDirectories(folder.resolve("sub.txt"));
        Path pipe = folder.resolve("p.md");
        assertEquals(0, ReadOnlyFiles.run("mkfifo", pipe.toString()));

        List<Path> window = ImportModel.expand(List.of(folder));
        assertEquals(List.of(folder.resolve("A.TXT"), folder.resolve("b.txt"), pipe), window);

        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        Path db = dir.resolve("cli.db");
        kexuereader.cli.Cli.Outcome o = kexuereader.cli.Cli.run(new String[] {"--library", db.toString(), "import",
                folder.toString()}, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertEquals(0, o.exitCode(), err.toString());
        assertTrue(err.toString().contains("skipped " + pipe + ": not a regular file"), err.toString());
        try (Library library = Library.open(db)) {
            assertEquals(List.of("A.TXT", "b.txt"), library.sources().stream().map(s -> s.fileName()).toList(),
                    "the command line imports what the window lists, but the pipe");
        }
    }
}
