package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the library is when nothing names it: under {@code $HOME}, as for every other program. */
class LibraryLocationTest {

    /** Before the fix {@code HOME=/tmp/h kexue-reader} used the password file's home (/root) all the same. */
    @Test
    void theDefaultLibraryFollowsHome() {
        assertEquals(Path.of("/tmp/h/.local/share/kexue-reader/library.db"),
                LibraryLocation.resolve(null, Map.of("HOME", "/tmp/h"), "/root"));
        assertEquals(Path.of("/root/.local/share/kexue-reader/library.db"),
                LibraryLocation.resolve(null, Map.of(), "/root"), "no $HOME: the JVM's user.home");
        assertEquals(Path.of("/root/.local/share/kexue-reader/library.db"),
                LibraryLocation.resolve(null, Map.of("HOME", "relative"), "/root"), "a relative $HOME is no home");
        assertEquals(Path.of("/x/kexue-reader/library.db"),
                LibraryLocation.resolve(null, Map.of("HOME", "/tmp/h", "XDG_DATA_HOME", "/x"), "/root"));
    }
}
