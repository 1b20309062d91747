package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kexuereader.cli.Cli;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.testing.Dumps;
import kexuereader.testing.ReadOnlyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not what they claim: a pipe or a device given as a dump or as the library, a query with NUL
 * or of 120 KB, an article whose text holds terminal escapes, a rules file with one enormous comment line.
 * Each is refused or shown harmlessly, at once. (The guard of 20 s only stops a hang from stopping the build.)
 */
class HostileInputsTest {

    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Outcome o = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    private Path fifo(Path p) {
        assertEquals(0, ReadOnlyFiles.run("mkfifo", p.toString()));
        return p;
    }

    private Path library() {
        return dir.resolve("lib").resolve("library.db");
    }

    /** Before the fix, {@code import x.txt} on a pipe waited for a writer forever. */
    @Test
    void aPipeGivenAsADumpIsRefused() {
        Path pipe = fifo(dir.resolve("x.txt"));
        Run r = assertTimeoutPreemptively(HANG, () -> cli("--library", library().toString(), "import", pipe.toString()));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("rejected x.txt: is not a regular file"), r.out());
    }

    /** Before the fix {@code import /dev/zero} read for 14 s into an OutOfMemoryError. */
    @Test
    void aDeviceGivenAsADumpIsRefused() {
        Run r = assertTimeoutPreemptively(HANG, () -> cli("--library", library().toString(), "import", "/dev/zero"));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("rejected zero: is not a regular file"), r.out());
    }

    /** Before the fix a pipe called *.txt in a folder was skipped without a word. */
    @Test
    void aFolderImportSaysWhichEntryItSkipped() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dumps"));
        Files.copy(Path.of("seeds/000_e3142876857722e2.txt"), folder.resolve("a.txt"));
        fifo(folder.resolve("b.txt"));
        Run r = assertTimeoutPreemptively(HANG, () -> cli("--library", library().toString(), "import",
                folder.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("imported a.txt"), r.out());
        assertTrue(r.err().contains("note: skipped " + folder.resolve("b.txt") + ": not a regular file"), r.err());
    }

    /** Before the fix {@code --library} at a pipe hung, and a device gave SQLite's "cannot commit". */
    @Test
    void aPipeOrADeviceAsTheLibraryIsOneClearLine() {
        Path pipe = fifo(dir.resolve("library.db"));
        Run r = assertTimeoutPreemptively(HANG, () -> cli("--library", pipe.toString(), "list"));
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: " + pipe + " is not a regular file (a device, pipe or socket); "
                + "a library is a file of its own"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Path device = dir.resolve("null");
        boolean made = ReadOnlyFiles.run("mknod", device.toString(), "c", "1", "3") == 0;
        Path target = made ? device : Path.of("/dev/null");
        Run n = assertTimeoutPreemptively(HANG, () -> cli("--library", target.toString(), "search", "扩散"));
        assertEquals(1, n.code());
        assertTrue(n.err().startsWith("error: " + target + " is not a regular file"), n.err());
        assertFalse(n.err().contains("transaction"), n.err());
    }

    /** Before the fix a NUL reached SQLite's FTS5 parser: "unterminated string". */
    @Test
    void aQueryWithNulSearchesTheWordsAroundIt() {
        Path lib = library();
        assertEquals(0, cli("--library", lib.toString(), "import", "seeds/").code());
        Run nul = cli("--library", lib.toString(), "search", "扩散\u0000模型");
        Run plain = cli("--library", lib.toString(), "search", "扩散 模型");
        assertEquals(0, nul.code(), nul.err());
        assertEquals(plain.out(), nul.out());
        try (Library library = Library.open(lib)) {
            assertEquals(library.search("扩散 模型", ArticleFilter.ALL, 0).size(),
                    library.search("\u0000扩散\u0000模型\u0000", ArticleFilter.ALL, 0).size());
        }
    }

    /** Before the fix "No article contains '…'" echoed a 120 KB query whole. */
    @Test
    void aHugeQueryIsEchoedShort() {
        Path lib = library();
        assertEquals(0, cli("--library", lib.toString(), "import", "seeds/000_e3142876857722e2.txt").code());
        String query = "无此词".repeat(40_000);
        Run r = cli("--library", lib.toString(), "search", query);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("No article contains '无此词"), r.out().substring(0, 40));
        assertTrue(r.out().length() < 200, "echo of " + r.out().length() + " characters");
    }

    /** Before the fix {@code show} and {@code search} wrote a body's ESC and BEL bytes to the terminal. */
    @Test
    void terminalEscapesInAnArticleNeverReachTheTerminal() throws IOException {
        String clear = "\u001b[2J";
        String clipboard = "\u001b]52;c;ZWNobyBoaQ==\u0007";
        Path dump = Files.writeString(dir.resolve("escapes.txt"), Dumps.listing("escapes.txt")
                .entry("终端转义" + clear + "测试", "2024-03-05", 1234, "正文" + clear + "清屏" + clipboard + "剪贴板\b\r",
                        "第二段\u009b31m", "正常的文字,足够长,使这个文件看起来像一个文本转储。".repeat(40))
                .text(), StandardCharsets.UTF_8);
        Path lib = library();
        Run imported = cli("--library", lib.toString(), "import", dump.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        String id = cli("--library", lib.toString(), "search", "--format", "yaml", "剪贴板").out()
                .lines().filter(l -> l.contains("id:")).findFirst().orElseThrow().replaceAll(".*id: *", "").strip();
        for (Run r : List.of(cli("--library", lib.toString(), "show", id),
                cli("--library", lib.toString(), "search", "清屏"),
                cli("--library", lib.toString(), "list"),
                cli("--library", lib.toString(), "stats"),
                cli("--library", lib.toString(), "show", id + "\u001b[2J"))) {
            String all = r.out() + r.err();
            for (char c : all.toCharArray()) {
                assertTrue(c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f),
                        () -> "control character U+" + Integer.toHexString(c) + " in: " + all);
            }
        }
        assertTrue(cli("--library", lib.toString(), "show", id).out().contains("正文␛[2J清屏␛]52;c;ZWNobyBoaQ==␇剪贴板"),
                "escapes are shown as their pictures");
    }

    /** Before the fix a long comment line was parsed (quadratic in its length) before any size limit applied. */
    @Test
    void anOversizedRulesOrSettingsFileIsNotParsed() throws IOException {
        Path lib = library();
        Files.createDirectories(lib.getParent());
        String hugeComment = "# " + "x".repeat(1_000_000) + "\n";
        Files.writeString(lib.getParent().resolve("series-rules.yaml"), hugeComment + "disable: [flow-series]\n");
        Run r = cli("--library", lib.toString(), "import", "seeds/000_e3142876857722e2.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("series-rules.yaml: is 976 KB; a rules file is at most 256 KB, so it was not read"),
                r.err());
        Files.writeString(lib.getParent().resolve("settings.yaml"), hugeComment + "zoom: 2.0\n");
        kexuereader.ui.Settings s = kexuereader.ui.Settings.load(lib.getParent());
        assertEquals(1.0, s.zoomProperty().get(), "defaults, the file unread");
        assertTrue(String.valueOf(s.problem()).contains("was not read"), s.problem());
    }

    /** Before the fix the Markdown export passed {@code <img onerror>} inside {@code $…$} through as live HTML. */
    @Test
    void htmlInsideMathIsNoHtmlInTheMarkdown() throws IOException {
        Path dump = Files.writeString(dir.resolve("math.txt"), Dumps.listing("math.txt")
                .entry("数学里的标签", "2024-03-06", 99, "比较$a<b$与$<img src=x onerror=alert(1)>$,实体$x&lt;y$。",
                        "对齐\\begin{equation}\\begin{aligned}a&=b<c\\\\ d&amp;=e\\end{aligned}\\end{equation}",
                        "正常的文字,足够长,使这个文件看起来像一个文本转储。".repeat(20))
                .text(), StandardCharsets.UTF_8);
        Path lib = library();
        assertEquals(0, cli("--library", lib.toString(), "import", dump.toString()).code());
        String id = cli("--library", lib.toString(), "search", "--format", "yaml", "数学里的标签").out()
                .lines().filter(l -> l.contains("id:")).findFirst().orElseThrow().replaceAll(".*id: *", "").strip();
        Run r = cli("--library", lib.toString(), "export", "--article", id, "--format", "markdown");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("<"), r.out());
        assertFalse(r.out().contains("&lt;") || r.out().contains("&amp;"), "no entity inside math: " + r.out());
        assertTrue(r.out().contains("$a\\lt b$"), r.out());
        assertTrue(r.out().contains("$\\lt img src=x onerror=alert(1)>$"), r.out());
        assertTrue(r.out().contains("$x& lt;y$"), r.out());
        assertTrue(r.out().contains("a&=b\\lt c"), "an alignment & stays: " + r.out());
    }
}
