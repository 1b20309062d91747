package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import kexuereader.library.Library;
import kexuereader.model.Article;
import kexuereader.testing.ChildJvm;
import kexuereader.testing.GeneratedDumps;
import kexuereader.testing.LibraryProbe;
import kexuereader.testing.SeedLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one library, as when the window is open and the command line imports: SQLite's WAL and busy
 * timeout let both finish, the window's {@code changeCounter()} notices the other process's commit, and a writer
 * that holds the library too long makes the other one say clearly that the library is busy. Nothing is lost or
 * corrupted in any case.
 */
class TwoProcessesIT {

    /** The seeds hold 32 articles. */
    static final int SEED_ARTICLES = 32;
    /** The library's busy timeout (Database.BUSY_TIMEOUT_MS): how long a writer waits for another one. */
    static final long BUSY_TIMEOUT_MS = 15_000;

    @TempDir
    Path dir;
    Path library;

    record Run(int code, String out, String err, long millis) {
    }

    @BeforeEach
    void seedLibrary() throws IOException {
        library = SeedLibrary.copyTo(dir.resolve("library.db"));
    }

    private Path dump(String name, int from, int to) throws IOException {
        return Files.writeString(dir.resolve(name), GeneratedDumps.listing(from, to, from), StandardCharsets.UTF_8);
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        Cli.Outcome o = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(o.exitCode(), out.toString(), err.toString(), (System.nanoTime() - t0) / 1_000_000);
    }

    private ChildJvm child(String... args) {
        return ChildJvm.start(dir.resolve("child-tmp"), ChildMain.class, List.of(args));
    }

    @Test
    void aCommandLineImportWhileTheWindowHoldsTheLibraryOpen() throws IOException {
        Path file = dump("new.txt", 0, 200);
        try (ChildJvm window = child("hold", library.toString(), "30000")) {
            assertTrue(window.awaitLine(l -> l.startsWith("opened"), Duration.ofSeconds(30)), window::stderr);
            Run r = cli("--library", library.toString(), "import", file.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("imported new.txt: 200 entries, 200 new articles\n", r.out());
            // the window polls changeCounter() (PRAGMA data_version) and re-reads the list when it moves
            assertTrue(window.awaitLine(l -> l.equals("changed " + (SEED_ARTICLES + 200)), Duration.ofSeconds(10)),
                    () -> "the other process did not notice the import: " + window.lines());
            assertTrue(window.lines().stream().noneMatch(l -> l.startsWith("read failed")), window.lines()::toString);
        }
        assertIntact(SEED_ARTICLES + 200);
    }

    @Test
    void theChangeCounterMovesWhenAnotherProcessCommitsAndOnlyThen() throws IOException {
        Path file = dump("new.txt", 0, 50);
        try (Library open = Library.open(library)) {
            long before = open.changeCounter();
            assertEquals(before, open.changeCounter(), "nothing happened: the counter stays");
            try (ChildJvm reader = child("cli", "--library", library.toString(), "list", "--limit", "3")) {
                assertEquals(0, reader.waitFor(Duration.ofSeconds(60)), reader::stderr);
            }
            assertEquals(before, open.changeCounter(), "another process only reading must not look like a change "
                    + "(the window would reload for nothing)");
            try (ChildJvm importer = child("cli", "--library", library.toString(), "import", file.toString())) {
                assertEquals(0, importer.waitFor(Duration.ofSeconds(60)), importer::stderr);
            }
            long after = open.changeCounter();
            assertNotEquals(before, after, "another process's import must move the counter");
            assertEquals(SEED_ARTICLES + 50, open.articleCount(), "and this connection sees its articles");
        }
    }

    @Test
    void twoImportsAtOnceBothLand() throws IOException {
        Path a = dump("a.txt", 1000, 1300);
        Path b = dump("b.txt", 2000, 2300);
        Path fresh = dir.resolve("fresh").resolve("library.db");
        for (Path db : List.of(library, fresh)) {
            // the second library does not exist yet: both processes race to create it
            try (ChildJvm first = child("cli", "--library", db.toString(), "import", a.toString());
                 ChildJvm second = child("cli", "--library", db.toString(), "import", b.toString())) {
                int codeA = first.waitFor(Duration.ofMinutes(2));
                int codeB = second.waitFor(Duration.ofMinutes(2));
                assertEquals(0, codeA, () -> db + ": " + first.lines() + first.stderr());
                assertEquals(0, codeB, () -> db + ": " + second.lines() + second.stderr());
                assertEquals(List.of("imported a.txt: 300 entries, 300 new articles"), first.lines());
                assertEquals(List.of("imported b.txt: 300 entries, 300 new articles"), second.lines());
            }
        }
        assertIntact(SEED_ARTICLES + 600);
        try (Library both = Library.open(fresh); Library sequential = Library.open(dir.resolve("sequential.db"))) {
            sequential.importFile(b, null);
            sequential.importFile(a, null);
            List<Article> expected = sequential.allArticles();
            assertEquals(expected, both.allArticles());
        }
    }

    @Test
    void aWriterHoldingTheLibraryTooLongMakesTheOtherSayItIsBusy() throws IOException {
        Path file = dump("late.txt", 0, 20);
        // the writer holds its transaction until told to let go, however slow the machine
        try (ChildJvm writer = child("lock", library.toString(), "300000")) {
            assertTrue(writer.awaitLine("locked"::equals, Duration.ofSeconds(30)), writer::stderr);
            Run list = cli("--library", library.toString(), "list", "--limit", "5");
            assertEquals(0, list.code(), list.err());
            // a reader that waited for the writer would have sat out the whole busy timeout first
            assertTrue(list.millis() < BUSY_TIMEOUT_MS, "reading must not wait for another process's write: took "
                    + list.millis() + " ms");
            assertEquals("", list.err(), "no warning for a mere reader");
            Run r = cli("--library", library.toString(), "import", file.toString());
            assertEquals(1, r.code(), r.out() + r.err());
            assertEquals("", r.out());
            assertEquals("error: cannot import late.txt: " + library.toAbsolutePath() + " is busy: another "
                    + "kexue-reader is writing to it; try again in a moment\n", r.err());
            assertTrue(r.millis() < 2 * BUSY_TIMEOUT_MS, "one busy timeout, not two: took " + r.millis() + " ms");
            assertTrue(writer.isAlive() && writer.lines().equals(List.of("locked")),
                    () -> "the lock was held throughout: " + writer.lines());
            writer.process().getOutputStream().write("release\n".getBytes(StandardCharsets.UTF_8));
            writer.process().getOutputStream().flush();
            assertTrue(writer.awaitLine("released"::equals, Duration.ofSeconds(30)), writer::stderr);
        }
        assertIntact(SEED_ARTICLES);
        Run again = cli("--library", library.toString(), "import", file.toString());
        assertEquals(0, again.code(), again.err());
        assertIntact(SEED_ARTICLES + 20);
    }

    /**
     * The first start of the window and a command-line import at the same moment both create the library. Each
     * connection of SQLite locks on its own, so threads race as processes would. Before the fix one of them failed
     * with "table source already exists", or called the new library "an SQLite database of some other program".
     */
    @Test
    void severalProcessesCreatingANewLibraryAtOnceAllOpenIt() throws Exception {
        int rounds = 20;
        int openers = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(openers);
        try {
            for (int round = 0; round < rounds; round++) {
                Path db = dir.resolve("new-" + round).resolve("library.db");
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(openers);
                List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
                for (int i = 0; i < openers; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        try (Library l = Library.open(db)) {
                            return l.warnings();
                        }
                    }));
                }
                for (var r : results) {
                    assertEquals(List.of(), r.get(), "round " + round);
                }
                try (LibraryProbe probe = LibraryProbe.open(db)) {
                    assertEquals("ok", probe.integrity());
                    assertEquals(LibraryFileFaultsTest.currentSchema(), probe.number("PRAGMA user_version"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertIntact(int articles) {
        try (LibraryProbe probe = LibraryProbe.open(library)) {
            assertEquals("ok", probe.integrity());
            assertEquals(List.of(), probe.wholeness());
            assertEquals(articles, probe.number("SELECT count(*) FROM article"));
        }
    }
}
