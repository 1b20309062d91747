package kexuereader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kexuereader.ingest.DumpParser;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.model.Entry;
import kexuereader.reading.ArticlePage;
import kexuereader.reading.PageContext;

/**
 * Article pages (format C) and the archive index (format D) at the real blog's size: importing 1,300 page
 * captures into a fresh library (target ≤ 10 s), importing them again (about the cost of hashing), importing
 * an index of the same 1,300 posts (target ≤ 0.5 s), and building the reading page of 重温SSM(三), the
 * longest bundled capture, warm (target ≤ 150 ms) — the page of an article held as blocks.
 */
final class PagesBench {

    static final int PAGES = 1_300;

    private PagesBench() {
    }

    static List<Figure> run(Workspace ws, BenchSettings s) {
        try {
            return figures(ws, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Figure> figures(Workspace ws, BenchSettings s) throws IOException {
        Path dir = ws.scratch("pages.tmp");
        Path captures = Files.createDirectories(dir.resolve("captures"));
        List<SyntheticPages.Post> posts = SyntheticPages.writePages(captures, PAGES);
        List<Path> files;
        try (java.util.stream.Stream<Path> listed = Files.list(captures)) {
            files = listed.sorted().toList(); // .md and .txt captures alike
        }
        Path index = dir.resolve("content.md");
        Files.writeString(index, SyntheticPages.index(posts), StandardCharsets.UTF_8);
        long bytes = SyntheticPages.bytes(files);
        String input = String.format(Locale.ROOT, "%,d pages, %.1f MB", files.size(), bytes / 1e6);
        int runs = Math.max(1, Math.min(3, s.importRuns()));
        List<Double> imports = new ArrayList<>();
        List<Double> importCpu = new ArrayList<>();
        List<Double> importProcessCpu = new ArrayList<>();
        List<Double> indexCpu = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        List<Double> indexIntoPages = new ArrayList<>();
        List<Double> indexIntoPagesCpu = new ArrayList<>();
        List<Double> indexAlone = new ArrayList<>();
        int articles = 0;
        Path lib = null;
        for (int r = 0; r < runs; r++) {
            lib = ws.scratch("pages-lib.tmp").resolve("library.db");
            ws.log().printf("pages: import %s, run %d of %d%n", input, r + 1, runs);
            ws.log().flush();
            long cpu0 = cpuNanos();
            long proc0 = processCpuNanos();
            Path fresh = lib;
            imports.add(Timing.once(() -> {
                try (Library library = Library.open(fresh)) {
                    library.importFiles(files, null, done -> { }); // as `import FOLDER` does
                }
            }) / 1000);
            importCpu.add((cpuNanos() - cpu0) / 1e9);
            importProcessCpu.add((processCpuNanos() - proc0) / 1e9);
            again.add(Timing.once(() -> {
                try (Library library = Library.open(fresh)) {
                    library.importFiles(files, null, done -> { }); // as `import FOLDER` does
                }
            }) / 1000);
            long cpu2 = cpuNanos();
            indexIntoPages.add(Timing.once(() -> {
                try (Library library = Library.open(fresh)) {
                    library.importFile(index, null);
                }
            }) / 1000);
            indexIntoPagesCpu.add((cpuNanos() - cpu2) / 1e9);
            try (Library library = Library.open(lib)) {
                articles = library.count(ArticleFilter.ALL);
            }
            Path empty = ws.scratch("index-lib.tmp").resolve("library.db");
            try (Library library = Library.open(empty)) {
                long cpu1 = cpuNanos();
                indexAlone.add(Timing.once(() -> library.importFile(index, null)) / 1000);
                indexCpu.add((cpuNanos() - cpu1) / 1e9);
            }
        }
        List<Figure> searches = searches(lib, s);
        List<Double> hashing = Timing.millis(1, 3, () -> {
            for (Path f : files) {
                Timing.sink = DumpParser.sha256(ParseBench.read(f));
            }
        }).stream().map(ms -> ms / 1000).toList();
        Stats hash = Stats.of(hashing);
        List<Figure> figures = new ArrayList<>();
        Stats imp = Stats.of(imports);
        figures.add(Figure.atMost("import article pages into a fresh library", input + (articles == PAGES ? ""
                : " (" + articles + " articles made!)"), "s", imp, 10, imp.median(), null, null));
        figures.add(Figure.plain("  the same, CPU time of the importing thread", input, "s", Stats.of(importCpu)));
        figures.add(Figure.plain("  the same, CPU time of the process", input, "s", Stats.of(importProcessCpu)));
        Stats re = Stats.of(again);
        figures.add(new Figure("import the same pages again", input, "s", re, hash.median(), "hashing",
                re.median() / hash.median(), "≈ hashing", null));
        Stats ip = Stats.of(indexIntoPages);
        figures.add(Figure.atMost("import the archive index (library of the pages)",
                String.format(Locale.ROOT, "%,d posts", posts.size()), "s", ip, 0.5, ip.median(), null, null));
        figures.add(Figure.plain("  the same, CPU time of the importing thread",
                String.format(Locale.ROOT, "%,d posts", posts.size()), "s", Stats.of(indexIntoPagesCpu)));
        Stats ia = Stats.of(indexAlone);
        figures.add(Figure.atMost("import the archive index (fresh library)",
                String.format(Locale.ROOT, "%,d posts", posts.size()), "s", ia, 0.5, ia.median(), null, null));
        figures.add(Figure.plain("  the same, CPU time of the importing thread",
                String.format(Locale.ROOT, "%,d posts", posts.size()), "s", Stats.of(indexCpu)));
        figures.addAll(searches);
        figures.addAll(openPage(s));
        return figures;
    }

    /** CPU time of this thread (SQLite runs in it), in nanoseconds. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process (the import's parsing thread, and the JIT compiling), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Chinese and Latin queries of 1, 2 and 4 characters, words of the captures every synthetic page copies. */
    static final List<String> QUERIES = List.of("矩", "矩阵", "位置编码", "s", "s4", "rope");

    /**
     * Search over the library of the 1,300 pages (and their index), as the command line (limit 20) and the
     * window's live list (limit 2,000, the snippets of its first rows: {@link SearchBench#asTheWindowDoes}) ask:
     * p95 of each query (target ≤ 50 ms).
     */
    private static List<Figure> searches(Path lib, BenchSettings s) {
        List<Figure> figures = new ArrayList<>();
        try (Library library = Library.open(lib)) {
            for (int limit : List.of(20, 2000)) {
                for (String q : QUERIES) {
                    List<Double> times = Timing.millis(3, Math.max(10, s.searchRuns()),
                            () -> Timing.sink = SearchBench.asTheWindowDoes(library, q, limit));
                    Stats st = Stats.of(times);
                    int hits = library.search(q, ArticleFilter.ALL, limit).size();
                    figures.add(Figure.atMost("search " + q + (limit > 20 ? " (as the window: " + limit
                            + " hits, snippets of " + SearchBench.FIRST_ROWS + ")" : " (limit " + limit + ")") + ", p95",
                            String.format(Locale.ROOT, "%,d full articles, %d hits", PAGES, hits), "ms", st, 50,
                            st.p95(), null, null));
                }
            }
        }
        return figures;
    }

    /** The formulas the reading pane renders with a page's first screen (its {@code ReaderPages.EAGER_FORMULAS}). */
    static final int FIRST_SCREEN = 60;

    /**
     * Building the reading page of 重温SSM(三) from its blocks, warm, with an empty render cache each time: whole,
     * and in the reading pane's two steps (the first screen, then the other formulas).
     */
    private static List<Figure> openPage(BenchSettings s) {
        Path tmp;
        try {
            tmp = Files.createTempFile("kexue-ssm3-", ".md");
            Files.writeString(tmp, SyntheticPages.sample("kexue-10162.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Entry e = DumpParser.parse(tmp).entries().get(0);
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a temporary file: the system cleans it up
        }
        Article a = new Article("ssm3", e.title(), e.title(), List.of(), e.date(), e.readers(), List.of(), null,
                e.excerptOnly(), List.of("kexue-10162.md"), e.paragraphs(), e.content(), e.blocks(), e.post());
        int formulas = MathEngine.prepare(kexuereader.model.BlockText.markdown(e.blocks()).stream()
                .reduce((x, y) -> x + "\n\n" + y).orElse("")).formulas().size();
        for (int w = 0; w < Math.max(2, s.warmUps()); w++) {
            Timing.sink = ArticlePage.forReader(new MathEngine()).html(a, PageContext.standalone());
            ArticlePage.Progressive p = ArticlePage.forReader(new MathEngine()).progressive(a, PageContext.standalone(),
                    FIRST_SCREEN, null);
            while (p.rest().left() > 0) {
                Timing.sink = p.rest().nextBatch(150);
            }
        }
        List<Double> warm = new ArrayList<>();
        for (int r = 0; r < s.runs(); r++) {
            ArticlePage page = ArticlePage.forReader(new MathEngine());
            warm.add(Timing.once(() -> Timing.sink = page.html(a, PageContext.standalone())));
        }
        Stats st = Stats.of(warm);
        // what the reading pane builds first: the page with the formulas of its first screen, the others after
        List<Double> first = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        for (int r = 0; r < s.runs(); r++) {
            ArticlePage page = ArticlePage.forReader(new MathEngine());
            ArticlePage.Progressive[] p = new ArticlePage.Progressive[1];
            first.add(Timing.once(() -> p[0] = page.progressive(a, PageContext.standalone(), FIRST_SCREEN, null)));
            rest.add(Timing.once(() -> {
                for (String batch = p[0].rest().nextBatch(150); batch != null; batch = p[0].rest().nextBatch(150)) {
                    Timing.sink = batch;
                }
            }));
        }
        Stats f = Stats.of(first);
        Stats r = Stats.of(rest);
        return List.of(Figure.atMost("open an article page (blocks): warm", "重温SSM(三), " + formulas + " formulas",
                "ms", st, 150, st.median(), null, null),
                Figure.atMost("  its first screen, for the reading pane", "重温SSM(三), " + FIRST_SCREEN + " formulas",
                        "ms", f, 300, f.median(), null, null),
                Figure.plain("  then the rest of its formulas", "重温SSM(三), " + (formulas - FIRST_SCREEN) + " formulas",
                        "ms", r));
    }
}
