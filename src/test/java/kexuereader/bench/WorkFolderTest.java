package kexuereader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's default work folder is the user's own, never a shared name another user can create first. */
class WorkFolderTest {

    @Test
    void theDefaultIsInTheUsersCacheNotTheSharedTemporaryFolder() {
        assertEquals(Path.of("/c/kexue-reader/bench"), WorkFolder.location(Map.of("XDG_CACHE_HOME", "/c"), "/h"));
        assertEquals(Path.of("/h/.cache/kexue-reader/bench"), WorkFolder.location(Map.of(), "/h"));
        assertEquals(Path.of("/h/.cache/kexue-reader/bench"),
                WorkFolder.location(Map.of("XDG_CACHE_HOME", "relative"), "/h"));
        assertTrue(!WorkFolder.location(System.getenv(), System.getProperty("user.home"))
                .startsWith(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    @Test
    void aNewFolderIsTheOwnersAlone(@TempDir Path dir) throws IOException {
        Path work = WorkFolder.ensurePrivate(dir.resolve("cache").resolve("bench"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(work)));
        assertEquals(work, WorkFolder.ensurePrivate(work), "a private folder is used again");
    }

    @Test
    void aFolderOpenToOthersIsRefused(@TempDir Path dir) throws IOException {
        Path work = Files.createDirectories(dir.resolve("bench"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkFolder.ensurePrivate(work));
        assertTrue(e.getMessage().contains("open to other users"), e.getMessage());
    }

    @Test
    void aLinkInPlaceOfTheFolderIsRefused(@TempDir Path dir) throws IOException {
        Path planted = Files.createDirectories(dir.resolve("someone-elses"));
        Path work = Files.createSymbolicLink(dir.resolve("bench"), planted);
        assertThrows(IllegalArgumentException.class, () -> WorkFolder.ensurePrivate(work));
    }
}
