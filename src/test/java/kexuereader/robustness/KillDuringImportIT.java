package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kexuereader.ingest.DumpParser;
import kexuereader.library.Library;
import kexuereader.model.Article;
import kexuereader.model.Dump;
import kexuereader.testing.ChildJvm;
import kexuereader.testing.GeneratedDumps;
import kexuereader.testing.LibraryProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM (SIGKILL) at random moments (uniform over the time its imports take) while it imports a folder of generated dumps into a library that
 * already holds the seeds, at least {@value #KILLS} times. After each kill the library opens, passes SQLite's
 * integrity checks and is whole, and holds every file either entirely (its source, all its entries, the articles
 * made from them) or not at all; every file the child reported as imported is there. Some killed libraries are
 * then finished in-process and must give exactly the articles of an uninterrupted import.
 */
class KillDuringImportIT {

    static final int KILLS = Integer.getInteger("robustness.kills", 20);
    static final long SEED = Long.getLong("robustness.kill.seed", 7L);

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesEachFileAllInOrNotAtAll() throws IOException {
        Path dumps = Files.createDirectories(dir.resolve("dumps"));
        // one large file (a long transaction to land in) and smaller ones; 120–219 overlap the large one: merges
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dumps.resolve("a-large.txt"), GeneratedDumps.listing(0, 500, 1), StandardCharsets.UTF_8));
        files.add(Files.writeString(dumps.resolve("b.txt"), GeneratedDumps.listing(120, 220, 2), StandardCharsets.UTF_8));
        files.add(Files.writeString(dumps.resolve("c.txt"), GeneratedDumps.listing(500, 650, 3), StandardCharsets.UTF_8));
        files.add(Files.writeString(dumps.resolve("d.txt"), GeneratedDumps.listing(650, 800, 4), StandardCharsets.UTF_8));
        Map<String, Dump> parsed = new LinkedHashMap<>();
        for (Path f : files) {
            parsed.put(f.getFileName().toString(), DumpParser.parse(f));
        }
        Path template = dir.resolve("template.db");
        try (Library library = Library.open(template)) {
            for (Path p : LibraryFuzzIT.seedFiles()) {
                library.importFile(p, null);
            }
        }

        // an uninterrupted run: how long an import takes, and the articles it must end with
        Path reference = LibraryFuzzIT.copy(template, dir.resolve("reference.db"));
        long fullRunMs;
        try (ChildJvm child = importer(reference, files)) {
            assertTrue(child.awaitLine("opened"::equals, Duration.ofMinutes(1)), child::stderr);
            long t0 = System.nanoTime();
            assertEquals(0, child.waitFor(Duration.ofMinutes(2)), child::stderr);
            fullRunMs = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
            assertTrue(child.lines().contains("finished"), child.lines()::toString);
        }
        List<Article> expected;
        try (Library library = Library.open(reference)) {
            expected = library.allArticles();
        }
        checkWhole(reference, parsed, List.copyOf(parsed.keySet()), "the uninterrupted run");

        Random random = new Random(SEED);
        int midImport = 0;
        int filesInAtKill = 0;
        int resumed = 0;
        for (int round = 0; round < KILLS; round++) {
            Path db = LibraryFuzzIT.copy(template, dir.resolve("killed.db"));
            // a random file, and a random moment within the time one file takes: the kill lands in an import
            // because the child said it began one, not because a delay happened to fall inside one
            Path victim = files.get(random.nextInt(files.size()));
            long delay = random.nextLong(Math.max(1, fullRunMs / files.size()));
            List<String> said;
            try (ChildJvm child = importer(db, files)) {
                assertTrue(child.awaitLine(("begin " + victim.getFileName())::equals, Duration.ofMinutes(1)),
                        child::stderr);
                sleep(delay);
                child.kill();
                said = child.lines();
            }
            String last = said.isEmpty() ? "" : said.get(said.size() - 1);
            midImport += last.startsWith("begin ") ? 1 : 0;
            List<String> reportedDone = said.stream().filter(l -> l.startsWith("done "))
                    .map(l -> l.split(" ")[1]).toList();
            String what = "kill " + (round + 1) + " " + delay + " ms into " + victim.getFileName() + " (seed " + SEED
                    + "), last line '"
                    + last + "'";
            filesInAtKill += checkWhole(db, parsed, reportedDone, what);
            if (round % 5 == 4) {
                // finish the interrupted import: the result must be that of an uninterrupted one
                try (Library library = Library.open(db)) {
                    for (Path f : files) {
                        library.importFile(f, null);
                    }
                    assertEquals(expected, library.allArticles(), "resuming after " + what);
                }
                resumed++;
            }
        }
        System.out.printf("[robustness] kill during import: %d kills (seed %d) over imports taking %d ms; %d landed inside"
                        + " an import, %d files were in at the kills, %d resumed to the uninterrupted result; 0 partial "
                        + "files, 0 integrity failures%n", KILLS, SEED, fullRunMs, midImport, filesInAtKill, resumed);
        assertTrue(midImport > 0, "no kill landed inside an import: " + KILLS + " kills");
    }

    private ChildJvm importer(Path db, List<Path> files) {
        List<String> args = new ArrayList<>(List.of("import", db.toString()));
        files.forEach(f -> args.add(f.toString()));
        return ChildJvm.start(dir.resolve("child-tmp"), ChildMain.class, args);
    }

    /**
     * Checks the library after a kill; returns how many of the files it holds.
     *
     * @param mustHold the files the child said it had imported: a committed import survives the kill
     */
    private static int checkWhole(Path db, Map<String, Dump> files, List<String> mustHold, String what) {
        int in = 0;
        try (Library library = Library.open(db); LibraryProbe probe = LibraryProbe.open(db)) {
            assertTrue(library.articleCount() > 0, what);
            assertEquals("ok", probe.integrity(), what);
            assertEquals(List.of(), probe.wholeness(), what);
            for (Map.Entry<String, Dump> f : files.entrySet()) {
                Dump d = f.getValue();
                long entries = probe.entriesOf(d.sha256());
                long sources = probe.number("SELECT count(*) FROM source WHERE sha256 = '" + d.sha256() + "'");
                long articles = probe.number("SELECT count(*) FROM article WHERE (char(10) || sources || char(10)) "
                        + "LIKE '%' || char(10) || '" + f.getKey() + "' || char(10) || '%'");
                if (sources == 1) {
                    in++;
                    assertEquals(d.entries().size(), entries, f.getKey() + " is in only in part after " + what);
                    assertTrue(articles > 0, f.getKey() + " is in without its articles after " + what);
                } else {
                    assertEquals(0, sources, what);
                    assertEquals(0, entries, f.getKey() + " left entries behind after " + what);
                    assertEquals(0, articles, f.getKey() + " left articles behind after " + what);
                    assertTrue(!mustHold.contains(f.getKey()), f.getKey() + " was reported imported but is missing after "
                            + what);
                }
            }
        }
        return in;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
