package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump with a Chinese name imported under {@code LANG=C}, where JDK 17 decodes file names as ASCII: before the
 * fix the library stored its name as U+FFFD for good.
 */
class LocaleFileNamesTest {

    @TempDir
    Path dir;

    @Test
    void aChineseDumpNameSurvivesTheCLocale() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dumps"));
        Files.copy(Path.of("seeds/000_e3142876857722e2.txt"), folder.resolve("科学空间-第一页.txt"));
        Path library = dir.resolve("library.db");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + dir, ChildMain.class.getName(),
                "cli", "--library", library.toString(), "import", folder.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_"));
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("imported 科学空间-第一页.txt"), output);
        try (Library lib = Library.open(library)) {
            String id = lib.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 1).get(0).id();
            assertEquals(List.of("科学空间-第一页.txt"), lib.article(id).orElseThrow().sources());
        }
    }

    @Test
    void percentEscapesOfAPathUriAreItsBytes() throws IOException {
        assertEquals("科学 空间.txt", kexuereader.ingest.FileNamesAccess.percentDecoded(
                "%E7%A7%91%E5%AD%A6%20%E7%A9%BA%E9%97%B4.txt"));
    }
}
