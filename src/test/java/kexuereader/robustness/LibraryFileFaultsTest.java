package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kexuereader.cli.Cli;
import kexuereader.library.Library;
import kexuereader.library.LibraryException;
import kexuereader.testing.ChildJvm;
import kexuereader.testing.GeneratedDumps;
import kexuereader.testing.LibraryProbe;
import kexuereader.testing.ReadOnlyFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library file that is not a library, is another program's database, is from a newer version, is damaged,
 * read-only, in a read-only folder, or on a full disk: the command line says so in one line naming the file, and
 * nothing is overwritten — not a byte of a file that is not ours, not a row of a library that is.
 */
class LibraryFileFaultsTest {

    @TempDir
    Path dir;
    Path seedLibrary;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void seedLibrary() throws IOException {
        seedLibrary = dir.resolve("seeds.db");
        try (Library l = Library.open(seedLibrary)) {
            for (Path p : LibraryFuzzIT.seedFiles()) {
                l.importFile(p, null);
            }
        }
    }

    private static Run cli(Path library, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        Cli.Outcome o = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    /** One line on stderr starting {@code error: } (after warnings, if any), naming the file; no stack trace. */
    private static void assertOneLineError(Run r, Path file, String says) {
        assertEquals(1, r.code(), r.out() + r.err());
        List<String> lines = r.err().lines().toList();
        List<String> errors = lines.stream().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), () -> "one error line: " + r.err());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("error: ") || l.startsWith("warning: ")),
                () -> "nothing but warnings and the error, no stack trace: " + r.err());
        assertTrue(errors.get(0).contains(file.toAbsolutePath().toString()), () -> "names the file: " + r.err());
        assertTrue(errors.get(0).contains(says), () -> "says '" + says + "': " + r.err());
    }

    private static List<String> siblings(Path file) throws IOException {
        try (Stream<Path> s = Files.list(file.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(file.getFileName().toString()))
                    .sorted().toList();
        }
    }

    @Test
    void aFileThatIsNotSqliteIsLeftUntouched() throws IOException {
        Map<String, byte[]> files = Map.of(
                "notes.db", "just some text, not a database\n".getBytes(StandardCharsets.UTF_8),
                "photo.db", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                "dump.txt", Files.readAllBytes(Path.of("seeds", "000_e3142876857722e2.txt")));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = Files.write(dir.resolve(f.getKey()), f.getValue());
            for (String[] command : new String[][] {{"list"}, {"import", "seeds"}, {"stats"}}) {
                assertOneLineError(cli(file, command), file, "is not a kexue-reader library (not an SQLite database)");
            }
            assertArrayEquals(f.getValue(), Files.readAllBytes(file), f.getKey());
            assertEquals(List.of(f.getKey()), siblings(file), "no -wal or -shm beside it");
        }
        assertOneLineError(cli(dir, "list"), dir, "is a folder");
    }

    /** Before the fix, opening switched the other program's database to WAL, a lasting change of its header. */
    @Test
    void anotherProgramsDatabaseIsLeftUntouched() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text TEXT)");
            s.execute("INSERT INTO notes VALUES ('keep me')");
        }
        byte[] before = Files.readAllBytes(other);
        assertOneLineError(cli(other, "import", "seeds"), other, "an SQLite database of some other program");
        assertOneLineError(cli(other, "list"), other, "it was left untouched");
        assertArrayEquals(before, Files.readAllBytes(other), "not a byte of the other program's file changes");
    }

    @Test
    void aLibraryFromANewerVersionIsLeftUntouched() throws Exception {
        Path newer = LibraryFuzzIT.copy(seedLibrary, dir.resolve("newer.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            // a later version might leave WAL; opening must not switch it back, nor change anything else
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(newer);
        assertOneLineError(cli(newer, "import", "seeds"), newer, "was written by a newer version of kexue-reader "
                + "(library schema 99; this version knows up to " + currentSchema() + "); it was left untouched");
        assertOneLineError(cli(newer, "list"), newer, "newer version");
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(newer));
        assertTrue(e.getMessage().startsWith(newer.toAbsolutePath().toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(newer));
    }

    @Test
    void aDamagedLibraryIsReportedNotThrown() throws IOException {
        byte[] good = Files.readAllBytes(seedLibrary);
        // cut in half, and pages overwritten with garbage after the first one
        byte[] cut = Arrays.copyOf(good, good.length / 2);
        byte[] scribbled = good.clone();
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 64; i++) {
            scribbled[4096 + r.nextInt(good.length - 4096)] = (byte) r.nextInt();
        }
        int reported = 0;
        for (byte[] damaged : List.of(cut, scribbled)) {
            Path file = Files.write(dir.resolve("damaged-" + reported + ".db"), damaged);
            for (String[] command : new String[][] {{"list"}, {"search", "扩散"}, {"export"}, {"stats"}}) {
                Run run = cli(file, command);
                if (run.code() != 0) {
                    assertOneLineError(run, file, "");
                    reported++;
                }
            }
        }
        assertTrue(reported > 0, "the damage is noticed by at least one command");
    }

    @Test
    void aReadOnlyLibraryCanBeBrowsedButNotImportedInto() throws IOException {
        Path library = LibraryFuzzIT.copy(seedLibrary, Files.createDirectories(dir.resolve("ro")).resolve("library.db"));
        byte[] before = Files.readAllBytes(library);
        try (ReadOnlyFiles ro = new ReadOnlyFiles()) {
            ro.makeReadOnly(library);
            Run list = cli(library, "list", "--limit", "3");
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains("3 of 32 articles"), list.out());
            assertEquals("warning: " + library.toAbsolutePath() + " is read-only: you can browse it, but not import "
                    + "into it\n", list.err());
            Run imp = cli(library, "import", "seeds/000_e3142876857722e2.txt");
            assertOneLineError(imp, library, "cannot import 000_e3142876857722e2.txt: " + library.toAbsolutePath()
                    + " is read-only; nothing was imported");
            System.out.println("[robustness] read-only library made with " + ro.mechanism());
        }
        assertArrayEquals(before, Files.readAllBytes(library));
    }

    @Test
    void aReadOnlyDataFolderGetsAClearMessage() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path existing = LibraryFuzzIT.copy(seedLibrary, folder.resolve("library.db"));
        byte[] before = Files.readAllBytes(existing);
        Path missing = folder.resolve("new.db");
        Path deeper = folder.resolve("kexue-reader").resolve("library.db");
        try (ReadOnlyFiles ro = new ReadOnlyFiles()) {
            ro.makeReadOnly(folder);
            assertOneLineError(cli(missing, "import", "seeds"), missing, "cannot open");
            assertOneLineError(cli(deeper, "list"), deeper.getParent(), "cannot create the library's folder");
            // SQLite cannot read a WAL library without creating its -shm file beside it: not browsable, but said so
            assertOneLineError(cli(existing, "list", "--limit", "1"), existing, "(is its folder writable?)");
            assertOneLineError(cli(existing, "import", "seeds"), existing, "(is its folder writable?)");
        }
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(deeper.getParent()));
        assertArrayEquals(before, Files.readAllBytes(existing));
    }

    /**
     * A real full disk: a 1 MB tmpfs (needs root with the right to mount; skipped elsewhere, where the file-size
     * limit test below stands in). The import fails with a message and changes no row; an export to the full disk
     * leaves the previous export as it was and no temporary file.
     */
    @Test
    void aFullDiskIsReportedAndChangesNothing() throws IOException {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        int mounted = ReadOnlyFiles.run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString());
        Assumptions.assumeTrue(mounted == 0, "cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN); "
                + "aFileSizeLimitIsReportedAndChangesNothing covers a full disk instead");
        try {
            Path library = LibraryFuzzIT.copy(seedLibrary, disk.resolve("library.db"));
            Map<String, List<String>> rows = rows(library);
            Path big = Files.writeString(dir.resolve("big.txt"), GeneratedDumps.listing(0, 3000, 1));
            Run r = cli(library, "import", big.toString());
            // SQLite reports ENOSPC as SQLITE_FULL or, when the WAL index cannot grow, as an I/O error
            assertOneLineError(r, library, "error: cannot import big.txt: ");
            assertTrue(r.err().contains("is full; nothing was changed") || r.err().contains("is the disk full"),
                    r.err());
            assertEquals("", r.out());
            assertEquals(rows, rows(library), "a failed import changes no row");

            Path out = Files.writeString(disk.resolve("export.yaml"), "the previous export\n");
            Path filler = disk.resolve("filler");
            fill(filler);
            Run export = cli(seedLibrary, "export", "--out", out.toString());
            assertEquals(1, export.code(), export.err());
            assertTrue(export.err().startsWith("error: cannot write " + out), export.err());
            assertEquals("the previous export\n", Files.readString(out), "the previous export is kept whole");
            assertEquals(List.of("export.yaml", "filler", "library.db"), namesIn(disk).stream()
                    .filter(n -> !n.startsWith("library.db-")).toList(), "no temporary file is left behind");
            Files.delete(filler);
            assertEquals(0, cli(library, "import", "seeds/000_e3142876857722e2.txt").code(), "works again with space");
            System.out.println("[robustness] full disk (1 MB tmpfs): import refused with a message, 0 rows changed");
        } finally {
            ReadOnlyFiles.run("umount", disk.toString());
        }
    }

    /**
     * A full disk for one process, without root: the import runs in a child JVM whose files may not grow past 4 MB
     * ({@code ulimit -f}); SQLite gets EFBIG, which it reports as an I/O error.
     */
    @Test
    void aFileSizeLimitIsReportedAndChangesNothing() throws IOException {
        Path library = LibraryFuzzIT.copy(seedLibrary, dir.resolve("limited.db"));
        Map<String, List<String>> rows = rows(library);
        Path big = Files.writeString(dir.resolve("big.txt"), GeneratedDumps.listing(0, 3000, 1));
        List<String> said;
        String err;
        try (ChildJvm child = ChildJvm.startWithFileSizeLimit(dir.resolve("child-tmp"), 4096, ChildMain.class,
                List.of("cli", "--library", library.toString(), "import", big.toString()))) {
            assertEquals(1, child.waitFor(Duration.ofMinutes(2)), child::stderr);
            said = child.lines();
            err = child.stderr();
        }
        assertEquals(List.of(), said);
        String line = err.lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow(() -> new AssertionError(err));
        assertTrue(line.startsWith("error: cannot import big.txt: ") && line.contains(library.toAbsolutePath().toString())
                && (line.contains("is full")
                || line.contains("I/O error: is the disk full or gone?")), line);
        assertEquals(rows, rows(library), "a failed import changes no row");
        System.out.println("[robustness] file size limit (ulimit -f 4096): " + line);
    }

    private static Map<String, List<String>> rows(Path library) {
        try (LibraryProbe probe = LibraryProbe.open(library)) {
            assertEquals("ok", probe.integrity());
            return probe.allRows();
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The schema version this build writes, read off a library it creates. */
    static int currentSchema() {
        try {
            Path fresh = Files.createTempDirectory("schema").resolve("fresh.db");
            kexuereader.library.Library.open(fresh).close();
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + fresh);
                 var st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
                return rs.getInt(1);
            }
        } catch (IOException | java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
