package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failed read says: a stored value that cannot be read back is damage; a bug of ours is not. */
class ReadErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aBugIsNotReportedAsADamagedFile() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertThrows(NullPointerException.class, () -> library.list(null, SortOrder.DATE, false, 0, 1));
        }
    }

    @Test
    void aStoredDateThatCannotBeReadBackIsDamage() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.importFile(Path.of("seeds/000_e3142876857722e2.txt"), null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE source SET imported_at = 'not a time'");
        }
        try (Library library = Library.open(file)) {
            LibraryException e = assertThrows(LibraryException.class, library::sources);
            assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        }
    }
}
