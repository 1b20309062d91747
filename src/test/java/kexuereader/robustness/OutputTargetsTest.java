package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kexuereader.cli.Cli;
import kexuereader.testing.ReadOnlyFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file ({@code export --out}, {@code formulas gallery --out}) goes through one writer:
 * it refuses the library and its companions however they are named, writes devices and pipes as they are, keeps
 * a replaced file's permissions, removes what a killed export left, and names the real problem.
 */
class OutputTargetsTest {

    @TempDir
    Path dir;
    Path library;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void seedLibrary() {
        library = dir.resolve("lib").resolve("library.db");
        Run r = cli("--library", library.toString(), "import", "seeds/000_e3142876857722e2.txt");
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

    private Run gallery(Path out) {
        return cli("--library", library.toString(), "formulas", "gallery", "--out", out.toString());
    }

    /** Before the fix, {@code formulas gallery --out library.db} rewrote the library as HTML in place. */
    @Test
    void theGalleryAndTheExportRefuseTheLibraryItsCompanionsAndLinksToThem() throws IOException {
        Path lib = library.getParent();
        Files.write(lib.resolve("library.db.v2.bak"), new byte[] {1, 2, 3});
        Path link = Files.createSymbolicLink(dir.resolve("innocent.html"), library);
        Path hardLink = Files.createLink(dir.resolve("hard.html"), library);
        byte[] before = Files.readAllBytes(library);
        for (Path out : List.of(library, lib.resolve("library.db-wal"), lib.resolve("library.db-shm"),
                lib.resolve("library.db-journal"), lib.resolve("library.db.v2.bak"), link, hardLink)) {
            Run g = gallery(out);
            assertEquals(1, g.code(), () -> out + ": " + g.err());
            assertTrue(g.err().startsWith("error: cannot write " + out + ": it is the library"), g.err());
            Run e = export(out);
            assertEquals(1, e.code(), () -> out + ": " + e.err());
            assertTrue(e.err().startsWith("error: cannot write " + out + ": it is the library"), e.err());
        }
        assertArrayEquals(before, Files.readAllBytes(library), "the library is untouched");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(lib.resolve("library.db.v2.bak")));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(0, cli("--library", library.toString(), "list").code());
    }

    /** Before the fix the gallery wrote through a link; now a link to a file keeps pointing at the new page. */
    @Test
    void aLinkToAFileStaysALinkAndItsFileIsReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.yaml"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);
        Run r = export(link);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(real).startsWith("articles:"), "its file holds the export");
    }

    /** Before the fix the export renamed a regular file over the pipe (and, as root, over /dev/null). */
    @Test
    void aPipeIsWrittenAsItIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assertEquals(0, ReadOnlyFiles.run("mkfifo", fifo.toString()));
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Run r = export(fifo);
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
        assertTrue(read.get(20, TimeUnit.SECONDS).startsWith("articles:"), "the reader got the export");
        assertEquals(List.of("lib", "out.fifo"), names(dir), "no temporary file");
    }

    @Test
    void devNullIsWrittenToAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        Run r = export(devNull);
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        Run g = gallery(devNull);
        assertEquals(0, g.code(), g.err());
        assertFalse(Files.isRegularFile(devNull));
    }

    /** Before the fix, replacing a 0644 file left it 0600 (the temporary file's mode). */
    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("shared.yaml"), "old\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(0, export(out).code());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        Path page = Files.writeString(dir.resolve("shared.html"), "old\n");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, gallery(page).code());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
    }

    /** Before the fix a killed export's partial temporary file stayed forever. */
    @Test
    void theTemporaryFileOfAKilledExportIsRemovedByTheNextOne() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertEquals(0, gone.waitFor());
        Path stale = Files.writeString(dir.resolve(".kexue-reader-" + gone.pid() + "-7.tmp"), "articles:\n- id: a");
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path running = Files.writeString(dir.resolve(".kexue-reader-" + alive + "-8.tmp"), "under way");
        Path notOurs = Files.writeString(dir.resolve(".kexue-notes.tmp"), "someone else's");
        assertEquals(0, export(dir.resolve("out.yaml")).code());
        assertFalse(Files.exists(stale), "the dead process's file is removed");
        assertTrue(Files.exists(running), "a write still under way keeps its file");
        assertTrue(Files.exists(notOurs), "a file of another pattern is kept");
    }

    /** Before the fix: "the folder null does not exist". */
    @Test
    void theRootFolderIsNamedForWhatItIs() {
        Run r = export(Path.of("/"));
        assertEquals(1, r.code());
        assertEquals("error: cannot write /: it is a folder (the root of the file system)\n", r.err());
        Run g = gallery(Path.of("/"));
        assertEquals(1, g.code());
        assertTrue(g.err().contains("it is a folder"), g.err());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
