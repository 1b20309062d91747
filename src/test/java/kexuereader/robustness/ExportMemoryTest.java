package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kexuereader.library.Library;
import kexuereader.testing.ChildJvm;
import kexuereader.testing.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} of a library larger than the heap: it streams article by article, so a child JVM with a 24 MB
 * heap exports 3,000,000 characters of Chinese text (6 MB as Java strings). Before the fix the whole library, its
 * YAML tree and its YAML text were held at once: OutOfMemoryError.
 */
class ExportMemoryTest {

    static final int DUMPS = 3;
    static final int PER_DUMP = 100;
    static final int BODY_CHARS = 10_000;

    @TempDir
    Path dir;

    @Test
    void aLibraryLargerThanTheHeapIsExported() throws IOException {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            for (int d = 0; d < DUMPS; d++) {
                Dumps.Listing dump = Dumps.listing("big-" + d + ".txt");
                for (int i = 0; i < PER_DUMP; i++) {
                    int n = d * PER_DUMP + i;
                    String date = String.format("%d-%02d-%02d", 2000 + n / 336, 1 + n / 28 % 12, 1 + n % 28);
                    String body = ("第" + n + "篇的正文,字数很多。").repeat(BODY_CHARS / 10);
                    dump.entry("大文库第" + n + "篇", date, 100 + n, body);
                }
                assertTrue(library.importDump(dump.dump(), null).accepted());
            }
        }
        Path out = dir.resolve("export.yaml");
        try (ChildJvm child = ChildJvm.startWithOptions(dir.resolve("tmp"), List.of("-Xmx24m"), ChildMain.class,
                List.of("cli", "--library", file.toString(), "export", "--out", out.toString()))) {
            int code = child.waitFor(Duration.ofMinutes(3));
            assertEquals(0, code, child.stderr());
        }
        long articles;
        try (var lines = Files.lines(out)) {
            articles = lines.filter(l -> l.startsWith("- id: ")).count();
        }
        assertEquals(DUMPS * PER_DUMP, articles);
    }
}
