package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import kexuereader.ingest.DumpParser;
import kexuereader.ingest.TextKeys;
import kexuereader.library.ImportResult;
import kexuereader.library.Library;
import kexuereader.model.Article;
import kexuereader.model.Dump;
import kexuereader.model.Entry;
import kexuereader.testing.LibraryProbe;
import kexuereader.testing.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of mutated dumps imported into a library that already holds the seeds. Whatever the input: no
 * exception escapes {@code Library.importFile}; the file is accepted or rejected with a message naming it; SQLite's
 * integrity checks pass and the library stays whole. A rejected file changes no row of any table. An accepted
 * file leaves the sources and entries already there as they were, only adds to or merges with the articles of
 * the month-days it touches (every article elsewhere is unchanged), changes nothing when imported again, and
 * gives the same articles as importing it before the seeds. Replay: {@code -Dfuzz.seed=S -Dfuzz.only=N}.
 */
class LibraryFuzzIT {

    static final int INPUTS = Integer.getInteger("fuzz.library.inputs", 300);
    /** Every this many accepted inputs, also check that import order does not matter (costs a fresh library). */
    static final int ORDER_CHECK_EVERY = 12;

    @TempDir
    Path dir;

    /** The library with the seeds, before any mutant: what every check compares with. */
    private record Baseline(Map<String, List<String>> rows, Map<String, String> sources, List<String> entries,
                            List<Article> articles, Map<Long, String> articleOfEntry) {
    }

    @Test
    void mutatedDumpsNeverDamageTheLibrary() throws IOException {
        Mutations mutations = Mutations.ofSeeds(Mutations.seedFromProperty(ParserFuzzIT.DEFAULT_SEED));
        long only = Long.getLong("fuzz.only", -1L);
        long from = only >= 0 ? only : 0;
        long to = only >= 0 ? only + 1 : INPUTS;
        Path template = dir.resolve("template.db");
        List<Path> seeds = seedFiles();
        try (Library library = Library.open(template)) {
            for (Path p : seeds) {
                assertTrue(library.importFile(p, null).accepted());
            }
        }
        Baseline base = baseline(template);
        Path shared = copy(template, dir.resolve("shared.db"));
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        int accepted = 0;
        int rejected = 0;
        int orderChecks = 0;
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Library sharedLibrary = Library.open(shared)) {
            for (long n = from; n < to; n++) {
                Mutations.Mutant m = mutations.mutant(n);
                Path file = Files.write(inputs.resolve(m.fileName()), m.bytes());
                long tIn = System.nanoTime();
                try {
                    Dump parsed = DumpParser.parse(file);
                    if (parsed.rejected()) {
                        // a rejected file must change nothing: the shared library stays the baseline throughout
                        checkRejected(m, sharedLibrary, shared, file, base);
                        rejected++;
                    } else {
                        boolean orderCheck = accepted % ORDER_CHECK_EVERY == 0;
                        checkAccepted(m, template, file, parsed, base, seeds, orderCheck);
                        accepted++;
                        orderChecks += orderCheck ? 1 : 0;
                    }
                } catch (AssertionError | RuntimeException e) {
                    failures.add(e + " on " + m);
                    if (!(e instanceof AssertionError)) {
                        e.printStackTrace();
                    }
                } finally {
                    long ms = (System.nanoTime() - tIn) / 1_000_000;
                    if (ms > 1000) {
                        System.out.println("[robustness]   slow: " + ms + " ms for " + m);
                    }
                    Files.delete(file);
                }
            }
        }
        System.out.printf("[robustness] library fuzz: seed %d, %d inputs imported into the seed library (%d accepted, "
                        + "%d rejected; %d order checks) in %.1f s: %d failures, integrity_check ok after each%n",
                mutations.seed(), to - from, accepted, rejected, orderChecks, (System.nanoTime() - t0) / 1e9,
                failures.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + (to - from) + " inputs failed:\n"
                    + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
        if (only < 0) {
            assertTrue(accepted > 0 && rejected > 0, accepted + " accepted, " + rejected + " rejected");
        }
    }

    private static void checkRejected(Mutations.Mutant m, Library library, Path db, Path file, Baseline base) {
        ImportResult r = library.importFile(file, null);
        assertFalse(r.accepted(), () -> "the library accepted what the parser rejected: " + m);
        assertTrue(r.summary().startsWith("rejected " + m.fileName() + ": ") && r.reason() != null
                && !r.reason().isBlank(), () -> "a rejection names the file and says why: " + r.summary());
        try (LibraryProbe probe = LibraryProbe.open(db)) {
            assertEquals("ok", probe.integrity(), m::toString);
            assertEquals(base.rows(), probe.allRows(), () -> "a rejected file changed the library: " + m);
        }
    }

    private void checkAccepted(Mutations.Mutant m, Path template, Path file, Dump parsed, Baseline base,
                               List<Path> seeds, boolean orderCheck) throws IOException {
        Path db = copy(template, dir.resolve("work.db"));
        List<Article> after;
        try (Library library = Library.open(db)) {
            ImportResult r = library.importFile(file, null);
            assertTrue(r.accepted(), () -> "rejected by the library, accepted by the parser: " + r.summary() + " " + m);
            assertTrue(r.summary().startsWith("imported " + m.fileName() + ": "), r::summary);
            assertEquals(parsed.entries().size(), r.entries(), m::toString);
            after = library.allArticles();
            Map<String, List<String>> rowsAfter;
            try (LibraryProbe probe = LibraryProbe.open(db)) {
                assertEquals("ok", probe.integrity(), m::toString);
                assertEquals(List.of(), probe.wholeness(), m::toString);
                assertEquals(parsed.entries().size(), probe.entriesOf(parsed.sha256()), m::toString);
                checkFactsKept(m, base, probe);
                checkArticlesKept(m, base, probe, after, parsed);
                rowsAfter = probe.allRows();
            }
            ImportResult again = library.importFile(file, null);
            assertTrue(again.accepted() && again.alreadyPresent() && again.newArticles() == 0,
                    () -> "importing the same file twice must change nothing: " + again.summary() + " " + m);
            try (LibraryProbe probe = LibraryProbe.open(db)) {
                assertEquals(rowsAfter, probe.allRows(), () -> "the second import changed the library: " + m);
            }
        }
        if (orderCheck) {
            Path other = dir.resolve("order.db");
            Files.deleteIfExists(other);
            try (Library library = Library.open(other)) {
                library.importFile(file, null);
                for (Path p : seeds) {
                    library.importFile(p, null);
                }
                assertEquals(after, library.allArticles(), () -> "the mutant imported before the seeds gives other "
                        + "articles than after them: " + m);
            }
            deleteLibrary(other);
        }
        deleteLibrary(db);
    }

    /** Sources and entries already in the library are facts: an import may only fix the years of archive dumps. */
    private static void checkFactsKept(Mutations.Mutant m, Baseline base, LibraryProbe probe) {
        Map<String, String> sources = probe.sources();
        for (Map.Entry<String, String> s : base.sources().entrySet()) {
            assertEquals(withoutFirstYear(s.getValue()), withoutFirstYear(sources.get(s.getKey())),
                    () -> "a source already imported changed: " + m);
        }
        assertEquals(base.entries(), entryFacts(probe, base.sources().size()), () -> "entries already imported changed: " + m);
    }

    /**
     * Articles only grow: the entries of an article stay together, and the article keeps its sources, titles,
     * highest count and text at least. Articles on month-days the file does not touch are exactly as they were.
     */
    private static void checkArticlesKept(Mutations.Mutant m, Baseline base, LibraryProbe probe, List<Article> after,
                                          Dump parsed) {
        Map<String, Article> afterById = new HashMap<>();
        after.forEach(a -> afterById.put(a.id(), a));
        Map<Long, String> articleOfEntry = articleOfEntry(probe);
        Set<Integer> touched = new HashSet<>();
        for (Entry e : parsed.entries()) {
            touched.add(e.date().month() * 100 + e.date().day());
        }
        touched.addAll(monthDaysOfArchivesWhoseYearChanged(base, probe));
        Map<String, Set<String>> newHomes = new HashMap<>();
        base.articleOfEntry().forEach((entry, id) ->
                newHomes.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(articleOfEntry.get(entry)));
        for (Article before : base.articles()) {
            Set<String> homes = newHomes.get(before.id());
            assertNotNull(homes, before.id());
            assertEquals(1, homes.size(), () -> "the entries of " + before.displayTitle() + " were split into " + homes
                    + ": " + m);
            Article now = afterById.get(homes.iterator().next());
            assertNotNull(now, m::toString);
            int md = before.date().month() * 100 + before.date().day();
            if (!touched.contains(md)) {
                assertEquals(before, now, () -> "an article on a month-day the file does not touch changed: " + m);
                continue;
            }
            assertTrue(now.sources().containsAll(before.sources()), () -> "sources lost from " + before.id() + ": " + m);
            assertTrue(titles(now).containsAll(titles(before)), () -> "titles lost from " + before.id() + ": " + m);
            assertTrue(before.readers() == null || now.readers() != null && now.readers() >= before.readers(),
                    () -> "the highest count of " + before.id() + " went down: " + m);
            assertTrue(now.readerHistory().containsAll(before.readerHistory()),
                    () -> "reader counts lost from " + before.id() + ": " + m);
            assertTrue(now.body().length() >= before.body().length(), () -> "text lost from " + before.id() + ": " + m);
            assertTrue(!before.date().isYearKnown() || Objects.equals(before.date(), now.date()),
                    () -> "the known date of " + before.id() + " changed: " + m);
        }
    }

    /**
     * The keys of an article's title and aliases: what finds it (search, 《…》 links). Compared as keys because two
     * spellings with one key are one title, of which the article keeps one (a stray tab in a damaged copy can win
     * the tie as the longer spelling).
     */
    private static Set<String> titles(Article a) {
        Set<String> t = new HashSet<>();
        a.aliases().forEach(x -> t.add(TextKeys.titleKey(x)));
        if (a.title() != null) {
            t.add(TextKeys.titleKey(a.title()));
        }
        return t;
    }

    private static Set<Integer> monthDaysOfArchivesWhoseYearChanged(Baseline base, LibraryProbe probe) {
        Set<Integer> mds = new HashSet<>();
        Map<String, String> now = probe.sources();
        for (Map.Entry<String, String> s : base.sources().entrySet()) {
            if (!s.getValue().equals(now.get(s.getKey()))) {
                for (List<String> r : probe.table("SELECT e.month * 100 + e.day FROM entry e JOIN source s "
                        + "ON s.id = e.source_id WHERE s.sha256 = '" + s.getKey() + "'")) {
                    mds.add(Integer.parseInt(r.get(0)));
                }
            }
        }
        return mds;
    }

    private static Baseline baseline(Path db) {
        try (Library library = Library.open(db); LibraryProbe probe = LibraryProbe.open(db)) {
            assertEquals("ok", probe.integrity());
            assertEquals(List.of(), probe.wholeness());
            return new Baseline(probe.allRows(), probe.sources(), entryFacts(probe, Integer.MAX_VALUE),
                    library.allArticles(),
                    articleOfEntry(probe));
        }
    }

    /** Every column of the entries, but the year of archive entries and the article they belong to. */
    private static List<String> entryFacts(LibraryProbe probe, int sources) {
        List<String> out = new ArrayList<>();
        for (List<String> r : probe.table("""
                SELECT e.id, s.sha256, e.ordinal, e.line, e.title, e.title_key, e.head,
                       CASE WHEN s.format = 'ARCHIVE' THEN '?' ELSE e.year END, e.month, e.day, e.readers, e.body,
                       e.excerpt_only
                FROM entry e JOIN source s ON s.id = e.source_id
                WHERE s.id IN (SELECT id FROM source ORDER BY id LIMIT %d) ORDER BY e.id""".formatted(sources))) {
            out.add(String.join("|", r));
        }
        return out;
    }

    private static Map<Long, String> articleOfEntry(LibraryProbe probe) {
        Map<Long, String> map = new HashMap<>();
        for (List<String> r : probe.table("SELECT e.id, a.id FROM entry e JOIN article a ON a.rowid = e.article_rowid")) {
            map.put(Long.parseLong(r.get(0)), r.get(1));
        }
        return map;
    }

    private static String withoutFirstYear(String sourceRow) {
        // file_name|format|entry_count|first_year|…: the first year of an archive dump may be fixed by a new anchor
        String[] f = sourceRow.split("\\|", -1);
        if ("ARCHIVE".equals(f[1])) {
            f[3] = "?";
        }
        return String.join("|", f);
    }

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static Path copy(Path db, Path target) throws IOException {
        deleteLibrary(target);
        return Files.copy(db, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteLibrary(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
