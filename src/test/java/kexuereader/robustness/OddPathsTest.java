package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kexuereader.cli.Cli;
import kexuereader.library.Library;
import kexuereader.model.Article;
import kexuereader.testing.LibraryProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths with spaces, Chinese, {@code ..} and control characters, for the library, {@code export --out} and imported
 * files: each lands exactly where the path says, nothing is written anywhere else, and no path may point the export
 * at the library itself.
 */
class OddPathsTest {

    @TempDir
    Path dir;
    Path library;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void seedLibrary() {
        library = dir.resolve("数据 目录").resolve("library.db");
        Run r = cli("--library", library.toString(), "import", "seeds");
        assertEquals(0, r.code(), r.err());
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Outcome o = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    private Run export(Path out) {
        return cli("--library", library.toString(), "export", "--out", out.toString());
    }

    /** Every file under the test's folder, relative to it. */
    private List<String> tree() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm")).sorted().toList();
        }
    }

    @Test
    void exportGoesExactlyWhereTheOddPathSays() throws IOException {
        String yaml = cli("--library", library.toString(), "export").out();
        Path folder = Files.createDirectories(dir.resolve("导出 文件夹"));
        Files.createDirectories(dir.resolve("sub dir"));
        List<String> before = tree();
        for (Path out : List.of(folder.resolve("文章 列表 (1).yaml"), dir.resolve("sub dir").resolve("..")
                .resolve("上一级.yaml"), folder.resolve(" leading and trailing spaces .yaml"))) {
            Run r = export(out);
            assertEquals(0, r.code(), r.err());
            assertEquals("exported to " + out.toAbsolutePath() + "\n", r.err());
            assertEquals(yaml, Files.readString(out, StandardCharsets.UTF_8), out.toString());
        }
        List<String> after = tree();
        assertEquals(before.size() + 3, after.size(), "three files written, nothing else: " + after);
        assertTrue(after.containsAll(List.of("导出 文件夹/文章 列表 (1).yaml", "上一级.yaml",
                "导出 文件夹/ leading and trailing spaces .yaml")), after.toString());
    }

    @Test
    void exportToAMissingFolderOrAFolderWritesNothing() throws IOException {
        List<String> before = tree();
        Run missing = export(dir.resolve("no such folder").resolve("out.yaml"));
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("error: cannot write ") && missing.err().contains("does not exist"),
                missing.err());
        Run folder = export(dir);
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains("it is a folder"), folder.err());
        assertEquals(before, tree());
        assertFalse(Files.exists(dir.resolve("no such folder")));
    }

    /** Before the fix, {@code export --out library.db} replaced the whole library with its YAML. */
    @Test
    void exportNeverOverwritesTheLibrary() throws IOException {
        byte[] before = Files.readAllBytes(library);
        Path parent = library.getParent();
        for (Path out : List.of(library, parent.resolve("..").resolve(parent.getFileName()).resolve("library.db"),
                parent.resolve("library.db-wal"), parent.resolve("library.db-shm"))) {
            Run r = export(out);
            assertEquals(1, r.code(), () -> out + ": " + r.err());
            assertTrue(r.err().startsWith("error: cannot write " + out + ": it is the library"), r.err());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(library)), "the library is untouched");
        try (LibraryProbe probe = LibraryProbe.open(library)) {
            assertEquals("ok", probe.integrity());
            assertEquals(32, probe.number("SELECT count(*) FROM article"));
        }
    }

    @Test
    void aLibraryPathWithDotDotAndSpacesIsTakenAsGiven() throws IOException {
        Path odd = dir.resolve("库 a").resolve("b c").resolve("..").resolve("library (copy).db");
        Run r = cli("--library", odd.toString(), "import", "seeds/000_e3142876857722e2.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("库 a").resolve("library (copy).db")));
        assertTrue(tree().contains("库 a/library (copy).db"), tree().toString());
        assertEquals(0, cli("--library", odd.toString(), "list").code());
    }

    /**
     * Before the fix, a dump whose name held a line break was stored under that name: the one-line-per-file output
     * broke in two, and its articles listed two sources that do not exist.
     */
    @Test
    void aDumpFileNameWithControlCharactersIsStoredPrintable() throws IOException {
        Path file = Files.copy(Path.of("seeds", "000_e3142876857722e2.txt"), dir.resolve("转储\n第二行\t.txt"));
        Run r = cli("--library", library.toString(), "import", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("imported 转储 第二行 .txt: "), r.out());
        try (Library l = Library.open(library)) {
            for (Article a : l.allArticles()) {
                for (String s : a.sources()) {
                    assertFalse(s.chars().anyMatch(Character::isISOControl), s);
                    assertTrue(s.endsWith(".txt"), () -> "a source split in two: " + a.sources());
                }
            }
        }
    }
}
