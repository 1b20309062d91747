package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import kexuereader.math.MathEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's Export dialog writes where the user chose, except over the library. */
class ArticleExportsTest {

    @TempDir
    Path dir;

    /** Before the fix the dialog let a user pick the library, click Replace, and lose it to an HTML page. */
    @Test
    void theExportDialogRefusesTheLibraryAndItsCompanions() throws IOException {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.importFile(Path.of("seeds/000_e3142876857722e2.txt"), null);
            String id = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 1).get(0).id();
            ArticleExports exports = new ArticleExports(library, MathEngine.shared());
            byte[] before = Files.readAllBytes(file);
            for (Path target : java.util.List.of(file, dir.resolve("library.db-wal"), dir.resolve("library.db-shm"))) {
                IOException e = assertThrows(IOException.class, () -> exports.write(id, target, false));
                assertTrue(e.getMessage().contains("it is the library"), e.getMessage());
            }
            assertArrayEquals(before, Files.readAllBytes(file));
            exports.write(id, dir.resolve("文章.md"), true);
            assertTrue(Files.readString(dir.resolve("文章.md")).startsWith("# "));
        }
    }
}
